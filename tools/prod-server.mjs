// What the tool scripts (bench, lighthouse, crash test, e2e server) share: build, a fresh SQLite
// file, and the production build (`node dist/apps/api/main.js`, API + SPA on one port) started on it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Runs a command to completion with the terminal attached; throws on a non-zero exit. */
export function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

/** Builds API and dashboard for production unless the named environment variable is set. */
export function buildUnless(skipVariable) {
  if (!process.env[skipVariable]) run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'dashboard', '--outputStyle=static']);
}

/** Deletes a SQLite database with its journal files, so a run starts from nothing. */
export function freshSqlite(file) {
  mkdirSync(dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** Fills an empty database with the generated big city (2,400 measures); needs the API build. */
export function seedLargeCity(databaseUrl) {
  run('node', ['dist/apps/api/seed-large.js'], { DATABASE_URL: databaseUrl });
}

/**
 * Rate limits and scheduler off: tools talk to the server far faster than people do, and a cron job
 * firing mid-measurement would skew the figures.
 */
export const TOOL_ENV = { SCHEDULER_ENABLED: 'false', LOGIN_ATTEMPTS_PER_MINUTE: '100000', PUBLIC_REQUESTS_PER_MINUTE: '1000000' };

/** Starts the production server (`node dist/apps/api/main.js`) on the given database. */
export function startServer({ databaseUrl, port, env = {}, stdio = ['ignore', 'ignore', 'inherit'] }) {
  return spawn(process.execPath, ['dist/apps/api/main.js'], {
    stdio,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      ...(port ? { PORT: String(port) } : {}),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
}

/** Polls /api/health until it answers; returns the milliseconds it took. */
export async function waitForHealth(base, deadlineMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < deadlineMs) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return Date.now() - started;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not become healthy');
}
