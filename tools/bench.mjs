#!/usr/bin/env node
// `npm run bench`: starts the production build on a freshly generated big city (seed:large) and
// measures each endpoint with autocannon on loopback. Every figure is printed next to its ratio to
// the health endpoint (the framework floor) measured in the same run, so results compare across machines.
import autocannon from 'autocannon';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { TOOL_ENV, buildUnless, freshSqlite, seedLargeCity, startServer, waitForHealth } from './prod-server.mjs';

const require = createRequire(import.meta.url);

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3977);
const base = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_SECONDS ?? 8);
// Each endpoint first runs this long unmeasured, so the figures are the steady state and not the
// JIT compiling the endpoint's code path (which moved the list's figure by a third between runs).
const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const connections = 32;
const dir = join(root, 'tmp/bench');
const db = join(dir, 'bench.sqlite');
// BENCH_POSTGRES_URL names a PostgreSQL server (any database on it, e.g. .../postgres): the bench
// creates a database of its own there and drops it afterwards, so it never touches real data.
const postgresAdminUrl = process.env.BENCH_POSTGRES_URL;
const benchDatabase = `ksc_bench_${process.pid}`;
const databaseUrl = postgresAdminUrl
  ? Object.assign(new URL(postgresAdminUrl), { pathname: `/${benchDatabase}` }).toString()
  : `sqlite:${db}`;

async function onPostgres(sql) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const password = 'Grossstadt-Bench-2026';

/** CPU time (user + system) the server process has used so far, in ms. */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Waits until the server has worked off what the previous load left queued (logins wait for scrypt). */
async function settle(pid, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const before = cpuMsOf(pid);
    await new Promise((r) => setTimeout(r, 300));
    if (cpuMsOf(pid) - before < 30) return;
  }
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
}

async function json(path, token, init = {}) {
  const response = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Runs one load and records every response time, so the percentiles are exact (autocannon reports no p95). */
function load(opts) {
  return new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon({ connections, duration, ...opts }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      const at = (q) => (times.length ? Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] * 10) / 10 : NaN);
      resolve({ ...result, exact: { p50: at(0.5), p95: at(0.95), p99: at(0.99) } });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/**
 * The JavaScript a first visit loads: what the served HTML of a page references (script tags,
 * modulepreload and prefetch hints), read from the build and gzip-compressed. Pages rendered on the
 * server show before any of it has arrived; it is what they need once someone uses them.
 * The public page without a session, the cockpit with the mayor's.
 */
async function initialJsBytes(path, sessionToken) {
  const browser = join(root, 'dist/apps/dashboard/browser');
  const response = await fetch(`${base}${path}`, { headers: sessionToken ? { cookie: `ksc_session=${sessionToken}` } : {} });
  const html = await response.text();
  const files = new Set([...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]));
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const content = readFileSync(join(browser, f));
    raw += content.length;
    gz += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.size, raw, gz };
}

async function main() {
  buildUnless('BENCH_SKIP_BUILD');
  mkdirSync(dir, { recursive: true });
  if (postgresAdminUrl) await onPostgres(`CREATE DATABASE ${benchDatabase}`);
  else freshSqlite(db);
  const seedStart = Date.now();
  seedLargeCity(databaseUrl);
  const seedSeconds = (Date.now() - seedStart) / 1000;

  const coldStart = Date.now();
  const server = startServer({ databaseUrl, port, env: TOOL_ENV });
  await waitForHealth(base);
  const coldStartMs = Date.now() - coldStart;
  let peakRss = rssOf(server.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(server.pid))), 200);

  try {
    const login = (email) => json('/api/v1/auth/login', null, { method: 'POST', body: JSON.stringify({ email, password }) });
    const cm = (await login('klimaschutz@grossstadt.example')).accessToken;
    const exec = (await login('leitung@grossstadt.example')).accessToken;
    const auth = (t) => ({ authorization: `Bearer ${t}` });
    const measures = (await json('/api/v1/measures?pageSize=500', cm)).items;
    const detailIds = measures.slice(0, 200).map((m) => m.id);
    const fields = (await json('/api/v1/fields-of-action', cm)).items;

    // Writes go into their own periods, so that each (measure, period) takes one new draft report.
    const writePeriods = [];
    for (let i = 1; i <= 12; i++) {
      writePeriods.push(
        (
          await json('/api/v1/reporting-periods', cm, {
            method: 'POST',
            body: JSON.stringify({ name: `Bench ${i}`, startDate: '2027-01-01', endDate: '2027-12-31', dueDate: '2028-01-31' }),
          })
        ).id,
      );
    }
    const allMeasureIds = [];
    for (let page = 1; page <= 5; page++)
      allMeasureIds.push(...(await json(`/api/v1/measures?pageSize=500&page=${page}`, cm)).items.map((m) => m.id));
    let writeSeq = 0;
    const nextWrite = () => {
      const n = writeSeq++;
      const measureId = allMeasureIds[n % allMeasureIds.length];
      const periodId = writePeriods[Math.floor(n / allMeasureIds.length) % writePeriods.length];
      return { measureId, periodId };
    };

    let detailSeq = 0;
    const scenarios = [
      { name: 'health (floor)', opts: { url: `${base}/api/health` } },
      {
        name: 'login',
        opts: {
          url: `${base}/api/v1/auth/login`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'fb-101@grossstadt.example', password }),
        },
      },
      {
        name: 'measure list (filter + search)',
        opts: {
          url: `${base}/api/v1/measures?pageSize=20&status=IN_PROGRESS,DELAYED&fieldOfActionId=${fields[0].id}&q=radverkehr&sort=-updatedAt`,
          headers: auth(exec),
        },
      },
      {
        name: 'measure detail',
        opts: {
          url: `${base}/api/v1/measures/${detailIds[0]}`,
          headers: auth(exec),
          requests: [{ setupRequest: (req) => ({ ...req, path: `/api/v1/measures/${detailIds[detailSeq++ % detailIds.length]}` }) }],
        },
      },
      { name: 'dashboard summary', opts: { url: `${base}/api/v1/dashboard/summary`, headers: auth(exec) } },
      { name: 'dashboard trend', opts: { url: `${base}/api/v1/dashboard/trend`, headers: auth(exec) } },
      {
        name: 'report submission (write)',
        opts: {
          url: `${base}/api/v1/measures/${allMeasureIds[0]}/progress-reports`,
          method: 'POST',
          headers: { ...auth(cm), 'content-type': 'application/json' },
          requests: [
            {
              setupRequest: (req) => {
                const { measureId, periodId } = nextWrite();
                return {
                  ...req,
                  path: `/api/v1/measures/${measureId}/progress-reports`,
                  body: JSON.stringify({
                    periodId,
                    status: 'IN_PROGRESS',
                    assessment: 'ON_TRACK',
                    progressPercent: 50,
                    text: 'Sachstand aus dem Lasttest.',
                  }),
                };
              },
            },
          ],
        },
      },
      { name: 'public summary', opts: { url: `${base}/api/v1/public/summary` } },
      // Whole pages, as a browser's first visit gets them: the answers fetched and embedded, the page
      // rendered on the server (the public overview's HTML is kept per summary; the cockpit's never).
      { name: 'public overview page (HTML)', page: true, opts: { url: `${base}/oeffentlich` } },
      { name: 'cockpit page (HTML, signed in)', page: true, opts: { url: `${base}/cockpit`, headers: { cookie: `ksc_session=${exec}` } } },
    ];

    const results = [];
    for (const s of scenarios) {
      if (warmup > 0) {
        await settle(server.pid);
        await load({ ...s.opts, duration: warmup });
      }
      await settle(server.pid);
      const cpuBefore = cpuMsOf(server.pid);
      let rendered = 0;
      let pages = 0;
      const countRendered = (_status, body) => {
        pages++;
        if (body.includes('ng-server-context="ssr"')) rendered++;
      };
      const r = await load(s.page ? { ...s.opts, requests: [{ onResponse: countRendered }] } : s.opts);
      const errors = r.errors + r.timeouts + (r.non2xx ?? 0);
      const cpuMsPerRequest = (cpuMsOf(server.pid) - cpuBefore) / Math.max(1, r.requests.total);
      const name = s.page ? `${s.name}: ${Math.round((100 * rendered) / Math.max(1, pages))} % rendered by the server` : s.name;
      results.push({ name, rps: r.requests.average, ...r.exact, errors, total: r.requests.total, cpuMsPerRequest });
    }
    const floor = results[0].rps;
    const js = [
      ['/oeffentlich', await initialJsBytes('/oeffentlich', null)],
      ['/cockpit, signed in', await initialJsBytes('/cockpit', exec)],
    ];
    const lines = [];
    lines.push(`Klimaschutz-Cockpit benchmark — ${new Date().toISOString()}`);
    lines.push(
      `machine: ${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; database ${postgresAdminUrl ? 'PostgreSQL (same machine)' : 'SQLite'}`,
    );
    lines.push(
      `data: seed:large in ${seedSeconds.toFixed(1)} s; ${connections} connections, ${duration} s per endpoint after ${warmup} s unmeasured warm-up`,
    );
    lines.push('');
    lines.push('| endpoint | req/s | ratio to floor | p50 ms | p95 ms | p99 ms | server CPU ms/request | errors |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      lines.push(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${(r.rps / floor).toFixed(2)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.cpuMsPerRequest.toFixed(2)} | ${r.errors} |`,
      );
    }
    lines.push('');
    lines.push(`cold start (spawn → healthy): ${coldStartMs} ms`);
    lines.push(`peak RSS under load: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
    for (const [page, bytes] of js) {
      lines.push(
        `initial dashboard JS of ${page}: ${bytes.files} files, ${(bytes.raw / 1024).toFixed(1)} kB raw, ${(bytes.gz / 1024).toFixed(1)} kB gzip`,
      );
    }
    console.log(lines.join('\n'));
    const suffix = postgresAdminUrl ? '-postgres' : '';
    writeFileSync(join(dir, `results${suffix}.md`), lines.join('\n') + '\n');
    writeFileSync(join(dir, `results${suffix}.json`), JSON.stringify({ results, coldStartMs, peakRss, js, seedSeconds }, null, 2));
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    if (postgresAdminUrl) await onPostgres(`DROP DATABASE IF EXISTS ${benchDatabase} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
