#!/usr/bin/env node
// `npm run bench`: starts the production build on a freshly generated big city (seed:large) and
// measures each endpoint with autocannon on loopback. Every figure is printed next to its ratio to
// the health endpoint (the framework floor) measured in the same run, so results compare across machines.
import autocannon from 'autocannon';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TOOL_ENV, buildUnless, freshSqlite, seedLargeCity, startServer, waitForHealth } from './prod-server.mjs';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3977);
const base = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_SECONDS ?? 8);
const connections = 32;
const dir = join(root, 'tmp/bench');
const db = join(dir, 'bench.sqlite');
const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${db}`;
const password = 'Grossstadt-Bench-2026';

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
}

async function json(path, token, init = {}) {
  const response = await fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function load(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, duration, ...opts }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function initialJsBytes() {
  const browser = join(root, 'dist/apps/dashboard/browser');
  const html = readFileSync(join(browser, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const f of new Set(files)) {
    const content = readFileSync(join(browser, f));
    raw += content.length;
    gz += gzipSync(content, { level: 9 }).length;
  }
  return { files: new Set(files).size, raw, gz };
}

async function main() {
  buildUnless('BENCH_SKIP_BUILD');
  if (databaseUrl.startsWith('sqlite:')) freshSqlite(db);
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
      writePeriods.push((await json('/api/v1/reporting-periods', cm, { method: 'POST', body: JSON.stringify({ name: `Bench ${i}`, startDate: '2027-01-01', endDate: '2027-12-31', dueDate: '2028-01-31' }) })).id);
    }
    const allMeasureIds = [];
    for (let page = 1; page <= 5; page++) allMeasureIds.push(...(await json(`/api/v1/measures?pageSize=500&page=${page}`, cm)).items.map((m) => m.id));
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
        opts: { url: `${base}/api/v1/auth/login`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'fb-101@grossstadt.example', password }) },
      },
      {
        name: 'measure list (filter + search)',
        opts: { url: `${base}/api/v1/measures?pageSize=20&status=IN_PROGRESS,DELAYED&fieldOfActionId=${fields[0].id}&q=radverkehr&sort=-updatedAt`, headers: auth(exec) },
      },
      {
        name: 'measure detail',
        opts: { url: `${base}/api/v1/measures/${detailIds[0]}`, headers: auth(exec), requests: [{ setupRequest: (req) => ({ ...req, path: `/api/v1/measures/${detailIds[detailSeq++ % detailIds.length]}` }) }] },
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
                  body: JSON.stringify({ periodId, status: 'IN_PROGRESS', assessment: 'ON_TRACK', progressPercent: 50, text: 'Sachstand aus dem Lasttest.' }),
                };
              },
            },
          ],
        },
      },
      { name: 'public summary', opts: { url: `${base}/api/v1/public/summary` } },
    ];

    const results = [];
    for (const s of scenarios) {
      const r = await load(s.opts);
      const errors = r.errors + r.timeouts + (r.non2xx ?? 0);
      results.push({ name: s.name, rps: r.requests.average, p50: r.latency.p50, p95: r.latency.p97_5 !== undefined ? r.latency.p97_5 : r.latency.p95, p99: r.latency.p99, errors, total: r.requests.total });
      // autocannon reports p97.5 rather than p95 in older versions; prefer the exact p95 where present.
      if (r.latency.p95 !== undefined) results[results.length - 1].p95 = r.latency.p95;
    }
    const floor = results[0].rps;
    const js = initialJsBytes();
    const lines = [];
    lines.push(`Klimaschutz-Cockpit benchmark — ${new Date().toISOString()}`);
    lines.push(`machine: ${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; database ${databaseUrl.split(':')[0]}`);
    lines.push(`data: seed:large in ${seedSeconds.toFixed(1)} s; ${connections} connections, ${duration} s per endpoint`);
    lines.push('');
    lines.push('| endpoint | req/s | ratio to floor | p50 ms | p95 ms | p99 ms | errors |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      lines.push(`| ${r.name} | ${r.rps.toFixed(0)} | ${(r.rps / floor).toFixed(2)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`);
    }
    lines.push('');
    lines.push(`cold start (spawn → healthy): ${coldStartMs} ms`);
    lines.push(`peak RSS under load: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
    lines.push(`initial dashboard JS: ${js.files} files, ${(js.raw / 1024).toFixed(1)} kB raw, ${(js.gz / 1024).toFixed(1)} kB gzip`);
    console.log(lines.join('\n'));
    writeFileSync(join(dir, 'results.md'), lines.join('\n') + '\n');
    writeFileSync(join(dir, 'results.json'), JSON.stringify({ results, coldStartMs, peakRss, js, seedSeconds }, null, 2));
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
