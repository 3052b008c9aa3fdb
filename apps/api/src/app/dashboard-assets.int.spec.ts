import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, createTestApp, TestApp } from '../testing/test-app';

/** A dashboard build in miniature: the SPA shell, one hashed bundle, robots.txt. */
const BUNDLE = `export const labels = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Maßnahme ${i}`))};\n`;
const INDEX =
  '<!doctype html><html lang="de"><head><title>Klimaschutz-Cockpit</title></head><body><ksc-root></ksc-root>' +
  '<script src="main-MAIN1234.js" type="module"></script></body></html>';
/** The build's esbuild stats: the public route's chunk and one shared chunk it imports. */
const STATS = {
  outputs: {
    'main-MAIN1234.js': { imports: [{ path: 'chunk-PUBL1234.js', kind: 'dynamic-import' }], inputs: {} },
    'chunk-PUBL1234.js': {
      imports: [{ path: 'chunk-AB12CD34.js', kind: 'import-statement' }],
      inputs: { 'apps/dashboard/src/app/public/public.routes.ts': {} },
    },
    'chunk-AB12CD34.js': { imports: [], inputs: {} },
  },
};
const dataBlock = (html: string) => /<script type="application\/json" id="ksc-public-summary">([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('serving the dashboard: compression and caching', () => {
  let t: TestApp;
  let root: string;
  let dir: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ksc-dashboard-'));
    dir = join(root, 'browser');
    mkdirSync(dir);
    writeFileSync(join(root, 'stats.json'), JSON.stringify(STATS));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'chunk-AB12CD34.js'), BUNDLE);
    writeFileSync(join(dir, 'chunk-Da_t4G-W.js'), BUNDLE);
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    t = await createTestApp({ DASHBOARD_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    delete process.env['DASHBOARD_DIR'];
    rmSync(root, { recursive: true, force: true });
  });

  it('sends hashed bundles compressed (brotli first, else gzip) and cacheable for a year', async () => {
    const size = Buffer.byteLength(BUNDLE);
    for (const [accept, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ]) {
      const response = await t.http().get('/chunk-AB12CD34.js').set('Accept-Encoding', accept);
      expect({ accept, status: response.status, encoding: response.headers['content-encoding'] }).toEqual({ accept, status: 200, encoding });
      expect(Number(response.headers['content-length'])).toBeLessThan(size / 3);
      expect(response.text).toBe(BUNDLE);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['vary']).toMatch(/Accept-Encoding/);
    }
    const plain = await t.http().get('/chunk-AB12CD34.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(BUNDLE);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('also caches the chunk optimizer\'s base64url-hashed names for a year', async () => {
    const response = await t.http().get('/chunk-Da_t4G-W.js').set('Accept-Encoding', 'br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a revalidation with 304', async () => {
    const first = await t.http().get('/chunk-AB12CD34.js').set('Accept-Encoding', 'br');
    const again = await t.http().get('/chunk-AB12CD34.js').set('Accept-Encoding', 'br').set('If-None-Match', first.headers['etag']);
    expect(again.status).toBe(304);
  });

  it('gives client routes the SPA shell, revalidated on every visit; missing files and /api paths a 404', async () => {
    for (const path of ['/cockpit', '/oeffentlich/massnahmen']) {
      const response = await t.http().get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.text).toContain('<ksc-root>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    const robots = await t.http().get('/robots.txt');
    expect(robots.text).toContain('User-agent');
    // A chunk of an older deploy must fail as a script, not arrive as HTML.
    expect((await t.http().get('/chunk-OLD12345.js')).status).toBe(404);
    expect((await t.http().get('/api/v1/gibt-es-nicht')).status).toBe(404);
  });

  it('embeds the current public summary into the public overview, safe against any text in it', async () => {
    const admin = bearer(t.tokens.admin);
    const summary = (await t.http().get('/api/v1/public/summary')).body as { byFieldOfAction: { id: string }[] };
    const field = (await t.http().get(`/api/v1/fields-of-action/${summary.byFieldOfAction[0].id}`).set(admin)).body as { id: string; version: number };
    const hostile = '</script><script>alert(1)</script><!-- Verkehr';
    const renamed = await t.http().patch(`/api/v1/fields-of-action/${field.id}`).set(admin).send({ name: hostile, version: field.version });
    expect(renamed.status).toBe(200);

    for (const path of ['/oeffentlich', '/oeffentlich/']) {
      const page = await t.http().get(path).set('Accept-Encoding', 'br');
      expect({ path, status: page.status, encoding: page.headers['content-encoding'] }).toEqual({ path, status: 200, encoding: 'br' });
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.text).not.toContain('<script>alert');
      expect(page.text.match(/<script\b/g)).toHaveLength(2);
      const embedded = JSON.parse(dataBlock(page.text) ?? 'null');
      expect(embedded).toEqual((await t.http().get('/api/v1/public/summary')).body);
      expect(embedded.byFieldOfAction.map((f: { name: string }) => f.name)).toContain(hostile);
      // The public route's code is announced with the page, so it loads alongside the app.
      expect(page.text).toContain('<link rel="modulepreload" href="chunk-PUBL1234.js"><link rel="modulepreload" href="chunk-AB12CD34.js">');
    }
    for (const path of ['/oeffentlich/massnahmen', '/cockpit']) {
      const page = await t.http().get(path);
      expect({ path, data: dataBlock(page.text) }).toEqual({ path, data: undefined });
    }
    expect((await t.http().get('/cockpit')).text).not.toContain('chunk-PUBL1234.js');
  });

  it('never serves files outside the build', async () => {
    for (const path of ['/..%2f..%2f..%2fetc%2fpasswd.txt', '/%2e%2e/%2e%2e/etc/hostname.txt']) {
      const response = await t.http().get(path).set('Accept-Encoding', 'br');
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('compresses larger API answers for clients that accept it, and leaves small ones alone', async () => {
    const plain = await t.http().get('/api/v1/measures?pageSize=100').set(bearer(t.tokens.executive)).set('Accept-Encoding', 'identity');
    const packed = await t.http().get('/api/v1/measures?pageSize=100').set(bearer(t.tokens.executive)).set('Accept-Encoding', 'gzip, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.headers['vary']).toMatch(/Accept-Encoding/);
    expect(packed.headers['cache-control']).toBe('no-store');
    expect(Number(packed.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']) / 3);
    expect(packed.body).toEqual(plain.body);

    const small = await t.http().get('/api/v1/notifications/unread-count').set(bearer(t.tokens.executive)).set('Accept-Encoding', 'br');
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();

    // Errors are answers too: problem+json, compressed or not, stays readable.
    const problem = await t.http().get('/api/v1/measures?pageSize=abc').set(bearer(t.tokens.executive)).set('Accept-Encoding', 'br');
    expect(problem.status).toBe(400);
    expect(problem.headers['content-type']).toMatch(/problem\+json/);
  });
});
