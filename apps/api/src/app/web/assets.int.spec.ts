import type { IncomingMessage, Server } from 'node:http';
import { appWithBuild, MINI_INDEX } from '../../testing/dashboard-build';
import { bearer, TestApp } from '../../testing/test-app';

/** A dashboard build in miniature: the SPA shell, one hashed bundle, robots.txt. */
const BUNDLE = `export const labels = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Maßnahme ${i}`))};\n`;
const INDEX = MINI_INDEX;
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
/** The API answers the server embedded into a page, by request. */
const embedded = (html: string): Record<string, unknown> | undefined => {
  const block = /<script type="application\/json" id="ksc-api-answers">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return block === undefined ? undefined : (JSON.parse(block) as Record<string, unknown>);
};
const session = (token: string) => ({ Cookie: `ksc_session=${token}` });

describe('serving the dashboard: compression and caching', () => {
  let t: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, close } = await appWithBuild({
      'stats.json': JSON.stringify(STATS),
      'browser/index.html': INDEX,
      'browser/chunk-AB12CD34.js': BUNDLE,
      'browser/chunk-Da_t4G-W.js': BUNDLE,
      'browser/robots.txt': 'User-agent: *\nDisallow: /\n',
    }));
  });
  afterAll(() => close());

  it('sends hashed bundles compressed (brotli first, else gzip) and cacheable for a year', async () => {
    const size = Buffer.byteLength(BUNDLE);
    for (const [accept, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ]) {
      const response = await t.http().get('/chunk-AB12CD34.js').set('Accept-Encoding', accept);
      expect({ accept, status: response.status, encoding: response.headers['content-encoding'] }).toEqual({
        accept,
        status: 200,
        encoding,
      });
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

  it("also caches the chunk optimizer's base64url-hashed names for a year", async () => {
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
    const field = (await t.http().get(`/api/v1/fields-of-action/${summary.byFieldOfAction[0].id}`).set(admin)).body as {
      id: string;
      version: number;
    };
    const hostile = '</script><script>alert(1)</script><!-- Verkehr';
    const renamed = await t.http().patch(`/api/v1/fields-of-action/${field.id}`).set(admin).send({ name: hostile, version: field.version });
    expect(renamed.status).toBe(200);

    for (const path of ['/oeffentlich', '/oeffentlich/']) {
      const page = await t.http().get(path).set('Accept-Encoding', 'br');
      expect({ path, status: page.status, encoding: page.headers['content-encoding'] }).toEqual({ path, status: 200, encoding: 'br' });
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.text).not.toContain('<script>alert');
      expect(page.text.match(/<script\b/g)).toHaveLength(2);
      const answers = embedded(page.text);
      expect(Object.keys(answers ?? {}).sort()).toEqual(['/api/v1/public/emissions', '/api/v1/public/summary']);
      expect(answers?.['/api/v1/public/summary']).toEqual((await t.http().get('/api/v1/public/summary')).body);
      expect(JSON.stringify(answers)).toContain(hostile);
      // The public route's code is announced with the page, so it loads alongside the app.
      expect(page.text).toContain('<link rel="modulepreload" href="chunk-PUBL1234.js"><link rel="modulepreload" href="chunk-AB12CD34.js">');
    }
    for (const path of ['/oeffentlich/massnahmen', '/cockpit']) {
      const page = await t.http().get(path);
      expect({ path, answers: embedded(page.text) }).toEqual({ path, answers: undefined });
    }
    expect((await t.http().get('/cockpit')).text).not.toContain('chunk-PUBL1234.js');
  });

  it('embeds a fresh form token into every visit of the barrier report page, so its form can be sent without JavaScript', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const page = await t.http().get('/oeffentlich/barriere-melden');
      expect(page.status).toBe(200);
      const answers = embedded(page.text) ?? {};
      expect(Object.keys(answers)).toEqual(['/api/v1/public/feedback-form']);
      tokens.push((answers['/api/v1/public/feedback-form'] as { formToken: string }).formToken);
    }
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it("embeds into the cockpit of a signed-in user exactly the API's answers to that user's first requests", async () => {
    const page = await t.http().get('/cockpit').set(session(t.tokens.executive));
    expect(page.status).toBe(200);
    // Personal data: never stored by a browser cache or a proxy.
    expect(page.headers['cache-control']).toBe('private, no-store');
    const answers = embedded(page.text) ?? {};
    const summary = (await t.http().get('/api/v1/dashboard/summary').set(bearer(t.tokens.executive))).body as {
      reportingPeriod: { id: string };
    };
    expect(Object.keys(answers).sort()).toEqual(
      [
        '/api/v1/auth/me',
        '/api/v1/notifications/unread-count',
        '/api/v1/dashboard/summary',
        '/api/v1/dashboard/attention?limit=100',
        '/api/v1/dashboard/trend',
        '/api/v1/emissions/overview',
        '/api/v1/reporting-periods?pageSize=100',
        '/api/v1/fields-of-action?pageSize=100',
        '/api/v1/org-units?pageSize=500',
        `/api/v1/reporting-periods/${summary.reportingPeriod.id}/status/org-units`,
      ].sort(),
    );
    for (const [key, answer] of Object.entries(answers)) {
      const direct = await t.http().get(key).set(bearer(t.tokens.executive));
      expect({ key, answer }).toEqual({ key, answer: direct.body });
    }
    expect((answers['/api/v1/auth/me'] as { email: string }).email).toBe('buergermeisterin@musterstadt.example');

    // Another user gets their own answers; every other staff page gets who is signed in and the bell.
    const department = embedded((await t.http().get('/massnahmen').set(session(t.tokens.department))).text) ?? {};
    expect(Object.keys(department).sort()).toEqual(['/api/v1/auth/me', '/api/v1/notifications/unread-count']);
    expect((department['/api/v1/auth/me'] as { email: string; role: string }).role).toBe('DEPARTMENT');
  });

  it('embeds the cockpit for the selection in its address, and leaves out what the API refuses', async () => {
    const fields = (await t.http().get('/api/v1/fields-of-action').set(bearer(t.tokens.executive))).body as { items: { id: string }[] };
    const fieldOfActionId = fields.items[0].id;
    const selected =
      embedded(
        (await t.http().get(`/cockpit?fieldOfActionId=${fieldOfActionId}&orgUnitSort=code`).set(session(t.tokens.executive))).text,
      ) ?? {};
    const key = `/api/v1/dashboard/summary?fieldOfActionId=${fieldOfActionId}`;
    expect(selected[key]).toEqual((await t.http().get(key).set(bearer(t.tokens.executive))).body);
    expect(selected[`/api/v1/dashboard/attention?fieldOfActionId=${fieldOfActionId}&limit=100`]).toBeDefined();

    // A malformed selection is answered 400 by the API: the page goes out without it and shows that answer itself.
    const broken = await t.http().get('/cockpit?fieldOfActionId=kaputt').set(session(t.tokens.executive));
    expect(broken.status).toBe(200);
    expect(Object.keys(embedded(broken.text) ?? {}).filter((k) => k.includes('kaputt'))).toEqual([]);
    expect(embedded(broken.text)?.['/api/v1/auth/me']).toBeDefined();

    // An expired or made-up session: nothing is embedded, the app sends the user to the login.
    const stranger = await t.http().get('/cockpit').set(session('erfunden'));
    expect({ status: stranger.status, answers: embedded(stranger.text), cache: stranger.headers['cache-control'] }).toEqual({
      status: 200,
      answers: undefined,
      cache: 'no-cache',
    });
  });

  it('checks a session cookie once before it asks anything on the page’s behalf: a made-up one costs no API request', async () => {
    const server = t.app.getHttpServer() as Server;
    const seen: string[] = [];
    const record = (request: IncomingMessage) => seen.push(request.url ?? '');
    server.on('request', record);
    try {
      const stranger = await t.http().get('/cockpit').set(session('erfunden'));
      expect(stranger.status).toBe(200);
      expect(embedded(stranger.text)).toBeUndefined();
      expect(seen).toEqual(['/cockpit']);

      seen.length = 0;
      const mayor = await t.http().get('/cockpit').set(session(t.tokens.executive));
      expect(Object.keys(embedded(mayor.text) ?? {})).toHaveLength(10);
      expect(seen.filter((url) => url.startsWith('/api/'))).toHaveLength(10);
    } finally {
      server.off('request', record);
    }
  });

  it('denies the browser features the app does not use (Permissions-Policy) on every response: pages, files, API, errors', async () => {
    for (const path of [
      '/cockpit',
      '/oeffentlich',
      '/chunk-AB12CD34.js',
      '/robots.txt',
      '/api/health',
      '/api/v1/public/summary',
      '/api/v1/measures',
      '/gibt-es-nicht.js',
    ]) {
      const policy = (await t.http().get(path)).headers['permissions-policy'] ?? '';
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'display-capture']) {
        expect({ path, feature, denied: policy.split(/,\s*/).includes(`${feature}=()`) }).toEqual({ path, feature, denied: true });
      }
    }
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

describe('pages over HTTPS: the __Host- session cookie', () => {
  let t: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // A real installation (https): no demo city, its first administrator from the environment.
    ({ t, close } = await appWithBuild(
      { 'browser/index.html': INDEX },
      {
        PUBLIC_URL: 'https://klimaschutz.musterstadt.example',
        SEED_DEMO: 'auto',
        INITIAL_ADMIN_EMAIL: 'it@musterstadt.example',
        INITIAL_ADMIN_PASSWORD: 'Rathaus-Sicher-2026!',
      },
    ));
  });
  afterAll(() => close());

  it('embeds a signed-in page for the __Host- cookie, and ignores a cookie of the plain name', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'it@musterstadt.example', password: 'Rathaus-Sicher-2026!' });
    const token = login.body.accessToken as string;
    const page = await t.http().get('/massnahmen').set('Cookie', `__Host-ksc_session=${token}`);
    expect(Object.keys(embedded(page.text) ?? {}).sort()).toEqual(['/api/v1/auth/me', '/api/v1/notifications/unread-count']);
    expect(page.headers['cache-control']).toBe('private, no-store');
    const plain = await t.http().get('/massnahmen').set(session(token));
    expect(embedded(plain.text)).toBeUndefined();
  });
});

describe('public page: the embedded summary counts against the citizen', () => {
  let t: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // Behind a proxy, as most cities run it: the address is the one the proxy names. A view asks two
    // public answers (the summary and the GHG balance), so six requests are three views.
    ({ t, close } = await appWithBuild({ 'browser/index.html': INDEX }, { PUBLIC_REQUESTS_PER_MINUTE: '6', TRUST_PROXY: 'loopback' }));
  });
  afterAll(() => close());

  it('page views use up the public budget of the address that opens them, and a header from outside cannot move the count elsewhere', async () => {
    const citizen = { 'X-Forwarded-For': '198.51.100.7' };
    const neighbour = { 'X-Forwarded-For': '198.51.100.8' };
    const views: boolean[] = [];
    for (let i = 0; i < 4; i++) views.push(embedded((await t.http().get('/oeffentlich').set(citizen)).text) !== undefined);
    // Three embedded summaries, then this address's budget is spent: the page still loads, without figures.
    expect(views).toEqual([true, true, true, false]);
    expect((await t.http().get('/api/v1/public/summary').set(citizen)).status).toBe(429);
    // Not the server's own address nor anyone else's paid for them.
    expect((await t.http().get('/api/v1/public/summary').set(neighbour)).status).toBe(200);
    expect((await t.http().get('/api/v1/public/summary')).status).toBe(200);
    // Claiming to be a page request without the server's secret changes nothing.
    const spoofed = await t
      .http()
      .get('/api/v1/public/summary')
      .set(citizen)
      .set('x-ksc-page-request', 'geraten')
      .set('x-ksc-page-client', '198.51.100.9');
    expect(spoofed.status).toBe(429);
  });
});
