import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The request log as an operator reads it: the real server (main.ts) in its own process, its JSON
 * lines on stdout. Each request's line carries the client address as the rate limits see it
 * (the proxy's X-Forwarded-For entry only with TRUST_PROXY) and nothing personal beyond it.
 */
const ROOT = resolve(__dirname, '../../../../..');
const ADMIN = { email: 'it-leitung@stadt.example', password: 'ein-langes-passwort-2026' };

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

interface Server {
  base: string;
  lines: () => Record<string, unknown>[];
  output: () => string;
  stop: () => Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'ksc-log-'));
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      PORT: String(port),
      DATABASE_URL: `sqlite:${join(dir, 'log.sqlite')}`,
      SEED_DEMO: 'false',
      INITIAL_ADMIN_EMAIL: ADMIN.email,
      INITIAL_ADMIN_PASSWORD: ADMIN.password,
      SCHEDULER_ENABLED: 'false',
      DASHBOARD_DIR: join(dir, 'kein-dashboard'),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    output: () => output,
    lines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The completion lines (the ones with a response) of the requests to `path` (without query). */
const lineOf = (server: Server, path: string, method = 'GET') =>
  server
    .lines()
    .filter(
      (l) =>
        l['res'] !== undefined &&
        (l['req'] as { url?: string; method?: string } | undefined)?.url === path &&
        (l['req'] as { method: string }).method === method,
    );

const waitForLine = async (server: Server, path: string, method = 'GET') => {
  for (let i = 0; i < 50 && lineOf(server, path, method).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  return lineOf(server, path, method);
};

describe('request log', () => {
  it('names the client address as the rate limits see it, and nothing personal', async () => {
    const server = await startServer({ TRUST_PROXY: 'false' });
    try {
      const login = await fetch(`${server.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
        body: JSON.stringify(ADMIN),
      });
      expect(login.status).toBe(200);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const cookie = login.headers.getSetCookie()[0].split(';')[0];
      await fetch(`${server.base}/api/v1/auth/me?email=${encodeURIComponent(ADMIN.email)}`, {
        headers: { authorization: `Bearer ${accessToken}`, cookie },
      });

      const [loginLine] = await waitForLine(server, '/api/v1/auth/login', 'POST');
      // Without TRUST_PROXY the header is anyone's to write: the socket's address counts.
      expect(loginLine).toMatchObject({
        req: { method: 'POST', url: '/api/v1/auth/login', clientAddress: '127.0.0.1' },
        res: { statusCode: 200 },
      });
      const [meLine] = await waitForLine(server, '/api/v1/auth/me');
      expect(meLine).toMatchObject({ req: { clientAddress: '127.0.0.1' } });

      const everything = server.output();
      for (const secret of [ADMIN.email, encodeURIComponent(ADMIN.email), ADMIN.password, accessToken, cookie.split('=')[1]]) {
        expect(everything).not.toContain(secret);
      }
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('behind a proxy on this machine (TRUST_PROXY=loopback) names the address the proxy gives', async () => {
    const server = await startServer({ TRUST_PROXY: 'loopback' });
    try {
      await fetch(`${server.base}/api/v1/public/summary`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
      await fetch(`${server.base}/api/v1/public/measures`);
      expect(await waitForLine(server, '/api/v1/public/summary')).toEqual([
        expect.objectContaining({ req: expect.objectContaining({ clientAddress: '203.0.113.7' }) }),
      ]);
      expect(await waitForLine(server, '/api/v1/public/measures')).toEqual([
        expect.objectContaining({ req: expect.objectContaining({ clientAddress: '127.0.0.1' }) }),
      ]);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
