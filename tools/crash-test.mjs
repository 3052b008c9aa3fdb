#!/usr/bin/env node
// Crash safety of the production build on SQLite (`npm run test:crash`, run by CI after the build):
// 1. While 16 clients submit progress reports, the server is killed with SIGKILL and restarted:
//    every report the API acknowledged with 201 must be there, each with its audit entry (nothing
//    half-written), and SQLite's integrity check must pass.
// 2. SIGTERM while requests are in flight: every one of them still gets its answer, and the
//    process exits cleanly.
// 3. SIGTERM while eight keep-alive sockets sit idle and a client never finishes its request (issue
//    #23): the process still ends within SHUTDOWN_TIMEOUT_MS, and a request in flight gets its answer.
import { once } from 'node:events';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { TOOL_ENV, freshSqlite, startServer, waitForHealth } from './prod-server.mjs';

const port = Number(process.env.CRASH_PORT ?? 4390);
const base = `http://127.0.0.1:${port}`;
const dir = join(process.cwd(), 'tmp/crash');
const db = join(dir, 'crash.sqlite');
const password = 'Klimaschutz-Demo-2026';
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};

const start = () => startServer({ databaseUrl: `sqlite:${db}`, port, env: { ...TOOL_ENV, SEED_DEMO: 'true' } });
const healthy = () => waitForHealth(base);

const exited = (child) => new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

async function api(path, token, body, method = body ? 'POST' : 'GET') {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

async function main() {
  freshSqlite(db);

  let server = start();
  await healthy();
  const token = (await api('/api/v1/auth/login', null, { email: 'klimaschutz@musterstadt.example', password })).body.accessToken;
  const measures = (await api('/api/v1/measures?pageSize=500', token)).body.items.map((m) => m.id);
  const periods = [];
  for (let i = 1; i <= 30; i++) {
    periods.push(
      (
        await api('/api/v1/reporting-periods', token, {
          name: `Crash ${i}`,
          startDate: '2027-01-01',
          endDate: '2027-12-31',
          dueDate: '2028-01-31',
        })
      ).body.id,
    );
  }

  // 1. SIGKILL under write load.
  const acknowledged = [];
  let seq = 0;
  let killed = false;
  const client = async () => {
    while (!killed) {
      const n = seq++;
      const measureId = measures[n % measures.length];
      const periodId = periods[Math.floor(n / measures.length) % periods.length];
      try {
        const r = await api(`/api/v1/measures/${measureId}/progress-reports`, token, {
          periodId,
          status: 'IN_PROGRESS',
          assessment: 'ON_TRACK',
          progressPercent: 40,
          text: `Lastmeldung ${n}`,
        });
        if (r.status === 201) acknowledged.push(r.body.id);
      } catch {
        /* the connection died with the server: not acknowledged */
      }
    }
  };
  const clients = Array.from({ length: 16 }, client);
  // Kill once a good number of writes were acknowledged (or after 15 s on a slow machine).
  const loadStarted = Date.now();
  while (acknowledged.length < 100 && Date.now() - loadStarted < 15_000) await new Promise((r) => setTimeout(r, 50));
  const gone = exited(server);
  server.kill('SIGKILL');
  killed = true;
  await gone;
  await Promise.all(clients);
  check('reports were acknowledged before the kill', acknowledged.length > 0, `${acknowledged.length} acknowledged`);

  const sqlite = new Database(db, { readonly: true });
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  check('SQLite integrity check after SIGKILL', integrity === 'ok', String(integrity));
  sqlite.close();

  server = start();
  await healthy();
  const relogin = (await api('/api/v1/auth/login', null, { email: 'klimaschutz@musterstadt.example', password })).body.accessToken;
  const missing = [];
  for (const id of acknowledged) {
    if ((await api(`/api/v1/progress-reports/${id}`, relogin)).status !== 200) missing.push(id);
  }
  check('every acknowledged report survived the crash', missing.length === 0, `${missing.length} missing of ${acknowledged.length}`);
  const after = new Database(db, { readonly: true });
  const placeholders = periods.map(() => '?').join(',');
  const reports = after
    .prepare(`SELECT id FROM progress_reports WHERE periodId IN (${placeholders})`)
    .all(...periods)
    .map((r) => r.id);
  const audited = new Set(
    after
      .prepare(`SELECT entityId FROM audit_events WHERE entityType = 'progress_report' AND action = 'CREATE'`)
      .all()
      .map((r) => r.entityId),
  );
  const halfWritten = reports.filter((id) => !audited.has(id));
  check(
    'no half-written report (each stored report has its audit entry)',
    reports.length >= acknowledged.length && halfWritten.length === 0,
    `${reports.length} stored, ${halfWritten.length} without audit entry`,
  );
  after.close();

  // 2. SIGTERM with requests in flight.
  const inflight = Array.from({ length: 24 }, (_, i) =>
    api(`/api/v1/measures?pageSize=100&page=${(i % 3) + 1}&q=a`, relogin).then(
      (r) => r.status,
      (e) => `error: ${e.cause?.code ?? e.message}`,
    ),
  );
  await new Promise((r) => setTimeout(r, 100));
  const stopped = exited(server);
  server.kill('SIGTERM');
  const statuses = await Promise.all(inflight);
  const { code, signal } = await stopped;
  const answered = statuses.filter((s) => s === 200).length;
  check(
    'SIGTERM lets in-flight requests finish',
    answered === statuses.length,
    `${answered}/${statuses.length} answered: ${[...new Set(statuses)].join(', ')}`,
  );
  check('SIGTERM exits cleanly', code === 0 || signal === 'SIGTERM', `code ${code}, signal ${signal}`);

  // 3. SIGTERM with idle keep-alive sockets and a slow client.
  const shutdownMs = 3000;
  server = startServer({ databaseUrl: `sqlite:${db}`, port, env: { ...TOOL_ENV, SHUTDOWN_TIMEOUT_MS: String(shutdownMs) } });
  await healthy();
  const third = (await api('/api/v1/auth/login', null, { email: 'klimaschutz@musterstadt.example', password })).body.accessToken;
  const socket = async () => {
    const s = connect(port, '127.0.0.1');
    await once(s, 'connect');
    s.on('error', () => undefined);
    return s;
  };
  const idleSockets = [];
  for (let i = 0; i < 8; i++) {
    const s = await socket();
    s.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    await once(s, 'data');
    idleSockets.push(s);
  }
  // A client that sends half a request and then nothing (a slow or stalled client).
  const slow = await socket();
  slow.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  const lastRequest = api('/api/v1/measures?pageSize=100&q=a', third).then(
    (r) => r.status,
    (e) => `error: ${e.cause?.code ?? e.message}`,
  );
  await new Promise((r) => setTimeout(r, 50));
  const sent = Date.now();
  const ended = exited(server);
  server.kill('SIGTERM');
  const outcome = await Promise.race([ended, new Promise((r) => setTimeout(() => r(null), shutdownMs + 15_000))]);
  const took = Date.now() - sent;
  if (!outcome) server.kill('SIGKILL');
  check(
    'SIGTERM ends the process within SHUTDOWN_TIMEOUT_MS despite idle keep-alive sockets and a stalled client',
    outcome !== null && took <= shutdownMs + 1000,
    outcome ? `${took} ms (SHUTDOWN_TIMEOUT_MS ${shutdownMs})` : `still running ${took} ms after SIGTERM`,
  );
  check('the request in flight at SIGTERM got its answer', (await lastRequest) === 200, String(await lastRequest));
  for (const s of [...idleSockets, slow]) s.destroy();

  const failed = results.filter((r) => !r.ok).length;
  console.log(`crash-safety: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('crash-safety: 0 passed, 1 failed');
  process.exit(1);
});
