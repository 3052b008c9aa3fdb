import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { configureApp, NEST_APP_OPTIONS } from '../app/setup';
import { DEMO_PASSWORD } from '../app/seed/demo-city.data';
import { Installation } from '../app/seed/installation';

/** The demo city's users, by role; every integration test logs in as real seeded users. */
export const DEMO = {
  admin: 'admin@musterstadt.example',
  climateManager: 'klimaschutz@musterstadt.example',
  department: 'stadtplanung@musterstadt.example',
  executive: 'buergermeisterin@musterstadt.example',
  communication: 'kommunikation@musterstadt.example',
} as const;
export type DemoRole = keyof typeof DEMO;
export const DEMO_ROLES = Object.keys(DEMO) as DemoRole[];

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  /** Logs in and returns the bearer token. */
  login: (role: DemoRole) => Promise<string>;
  /** Bearer tokens of every demo role, fetched once. */
  tokens: Record<DemoRole, string>;
  engine: 'sqlite' | 'postgres';
  /** The database this app runs on, to start a second instance on the same one. */
  databaseUrl: string;
  close: () => Promise<void>;
}

/**
 * Boots the real Nest app over HTTP against a fresh, real database: a new SQLite file by default,
 * or a new database on the PostgreSQL server named by TEST_POSTGRES_URL (as CI does).
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const postgresAdminUrl = process.env['TEST_POSTGRES_URL'];
  let cleanup: () => Promise<void>;
  let databaseUrl: string;
  if (postgresAdminUrl) {
    const name = `ksc_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    cleanup = async () => {
      const client = new Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'ksc-test-'));
    databaseUrl = `sqlite:${join(dir, 'test.sqlite')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }

  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    PUBLIC_REQUESTS_PER_MINUTE: '100000',
    // The feedback form's spam limits are tested where they are set; elsewhere they do not slow tests down.
    FEEDBACK_PER_HOUR: '1000',
    FEEDBACK_MIN_SECONDS: '0',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication(NEST_APP_OPTIONS);
  try {
    configureApp(app);
    await app.init();
  } catch (error) {
    // A refused start (e.g. StartRefusedError) must not leave the database open behind it.
    await app.close().catch(() => undefined);
    await cleanup();
    throw error;
  }
  const server = app.getHttpServer();
  const http = () => request(server);
  const login = async (role: DemoRole) => {
    const response = await http().post('/api/v1/auth/login').send({ email: DEMO[role], password: DEMO_PASSWORD });
    if (response.status !== 200) throw new Error(`login as ${role} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken as string;
  };
  const tokens = {} as Record<DemoRole, string>;
  // Where the demo city was asked for and is there (SEED_DEMO and PUBLIC_URL, see the app config).
  if (process.env['SEED_DEMO'] !== 'false' && app.get(Installation).demo) {
    for (const role of DEMO_ROLES) tokens[role] = await login(role);
  }
  return {
    app,
    dataSource: app.get(DataSource),
    http,
    login,
    tokens,
    engine: postgresAdminUrl ? 'postgres' : 'sqlite',
    databaseUrl,
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}

/**
 * Two API instances on one fresh database, as behind a load balancer. `second` adds to the second
 * instance's environment. Close the second one first: closing the first drops the database.
 */
export async function createTwoTestApps(
  env: Record<string, string> = {},
  second: Record<string, string> = {},
): Promise<[TestApp, TestApp]> {
  const a = await createTestApp(env);
  const b = await createTestApp({ ...env, ...second, DATABASE_URL: a.databaseUrl });
  return [a, b];
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
