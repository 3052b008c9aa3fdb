import fc from 'fast-check';
import { bearer, createTestApp, DemoRole, TestApp } from '../../testing/test-app';

/**
 * Hostile input, generated from the OpenAPI document: for every write endpoint, requests with wrong
 * types, missing and extra fields, huge strings, unicode edge cases, injection strings and other
 * users' or made-up IDs. Never a 5xx; and a refused request leaves the database exactly as it was.
 * HOSTILE_RUNS sets the requests per endpoint (CI runs more than the default).
 */
const RUNS = Number(process.env['HOSTILE_RUNS'] ?? 8);

interface Operation {
  method: 'post' | 'patch' | 'put' | 'delete';
  path: string;
  properties: string[];
}

const NASTY_STRINGS = [
  "'; DROP TABLE measures; --",
  '" OR "1"="1',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '=HYPERLINK("http://evil.example","x")',
  '../../../../etc/passwd',
  '\u0000\u0001\u001f',
  '\u202eevil\u202c',
  '\ud800',
  'Ä'.repeat(5000),
  '🏳️‍🌈🧪'.repeat(300),
  'x'.repeat(120_000),
  '  ',
  '',
  '00000000-0000-0000-0000-000000000000',
  '2026-02-30',
  '1e309',
  'NaN',
];

const hostileValue = (ids: string[]) =>
  fc.oneof(
    fc.constantFrom(...NASTY_STRINGS),
    fc.constantFrom(...ids),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(-1, 0, 101, 2 ** 53, -(2 ** 31), Number.MAX_SAFE_INTEGER),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...ids), fc.integer()), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  );

describe('hostile input against every write endpoint', () => {
  let t: TestApp;
  let operations: Operation[];
  let ids: string[];
  let tables: string[];

  const fingerprint = async () => {
    const parts: string[] = [];
    for (const table of tables) {
      const [row] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`);
      parts.push(`${table}:${row.n}`);
    }
    const [audit] = await t.dataSource.query('SELECT COUNT(*) AS n FROM audit_events');
    const versions = await t.dataSource.query('SELECT COALESCE(SUM("version"), 0) AS v FROM measures');
    return `${parts.join(',')}|audit:${audit.n}|mv:${versions[0].v}`;
  };

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '100000', PUBLIC_REQUESTS_PER_MINUTE: '1000000' });
    const doc = (await t.http().get('/api/docs-json')).body;
    const schemas = doc.components?.schemas ?? {};
    operations = [];
    for (const [path, item] of Object.entries<Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>(doc.paths)) {
      for (const method of ['post', 'patch', 'put', 'delete'] as const) {
        const op = item[method];
        if (!op) continue;
        // Logging out would end the session the test uses; logging in is covered by the auth tests.
        if (path.startsWith('/api/v1/auth/')) continue;
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref ?? op.requestBody?.content?.['multipart/form-data']?.schema?.$ref;
        const schema = ref ? schemas[ref.split('/').pop()!] : undefined;
        operations.push({ method, path, properties: Object.keys(schema?.properties ?? {}) });
      }
    }
    // Real IDs of every kind (measures, org units of other departments, users, reports, …) to aim with.
    // Rate-limit counters count refused requests too (feedback submissions), which is their purpose.
    tables = t.dataSource.entityMetadatas
      .map((m) => m.tableName)
      .filter((name, i, all) => all.indexOf(name) === i && name !== 'sessions' && name !== 'throttle_counters');
    ids = [];
    for (const table of ['measures', 'org_units', 'users', 'fields_of_action', 'milestones', 'progress_reports', 'reporting_periods', 'trainings', 'consultations', 'climate_checks', 'indicators']) {
      if (!tables.includes(table)) continue;
      for (const row of await t.dataSource.query(`SELECT id FROM "${table}" LIMIT 3`)) ids.push(String(row.id));
    }
  });
  afterAll(() => t.close());

  it('finds the write endpoints in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.some((o) => o.path === '/api/v1/measures' && o.method === 'post' && o.properties.includes('title'))).toBe(true);
  });

  it('never answers 5xx and never changes the database for a refused request', async () => {
    const roles: DemoRole[] = ['department', 'executive', 'communication', 'climateManager', 'admin'];
    let sent = 0;
    const failures: string[] = [];
    for (const op of operations) {
      const bodyArb = fc.record({
        known: fc.dictionary(fc.constantFrom(...(op.properties.length ? op.properties : ['x'])), hostileValue(ids), { maxKeys: Math.max(1, op.properties.length) }),
        extra: fc.dictionary(fc.constantFrom('isAdmin', 'role', 'orgUnitId', '__proto__', 'constructor', 'id', 'version'), hostileValue(ids), { maxKeys: 2 }),
        pathValue: fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.constantFrom(...NASTY_STRINGS.slice(0, 8))),
        role: fc.constantFrom(...roles),
        raw: fc.oneof(fc.constant(null), fc.constantFrom('{"title":', 'null', '[]', '"string"', '{"a":'.repeat(500))),
      });
      await fc.assert(
        fc.asyncProperty(bodyArb, async ({ known, extra, pathValue, role, raw }) => {
          const url = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(pathValue));
          const before = await fingerprint();
          let request = t.http()[op.method](url).set(bearer(t.tokens[role]));
          request = raw !== null ? request.set('Content-Type', 'application/json').send(raw) : request.send({ ...known, ...extra });
          const response = await request;
          sent++;
          if (response.status >= 500) failures.push(`${op.method.toUpperCase()} ${url} as ${role} → ${response.status}`);
          if (response.status >= 400 && (await fingerprint()) !== before) {
            failures.push(`${op.method.toUpperCase()} ${url} as ${role} → ${response.status} but the database changed`);
          }
          return true;
        }),
        { numRuns: RUNS, seed: 424242 },
      );
    }
    expect(failures).toEqual([]);
    expect(sent).toBe(operations.length * RUNS);
    // Roughly a hundred endpoints × RUNS requests, each with two database fingerprints.
  }, 60_000 + RUNS * 15_000);

  it('never shows a department another department’s consultations, climate checks or report drafts', async () => {
    const me = (await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body;
    const own = me.orgUnit.id;
    for (const path of ['/api/v1/consultations?pageSize=500', '/api/v1/climate-checks?pageSize=500']) {
      const list = await t.http().get(path).set(bearer(t.tokens.department));
      expect(list.status).toBe(200);
      const foreign = list.body.items.filter((i: { requestingOrgUnit?: { id: string }; orgUnit?: { id: string } }) => (i.requestingOrgUnit ?? i.orgUnit)?.id !== own);
      expect(foreign).toEqual([]);
    }
    const others = await t.dataSource.query(`SELECT id FROM consultations WHERE "requestingOrgUnitId" <> $1 LIMIT 5`.replace('$1', t.engine === 'postgres' ? '$1' : '?'), [own]);
    for (const row of others) expect((await t.http().get(`/api/v1/consultations/${row.id}`).set(bearer(t.tokens.department))).status).toBe(404);
    const drafts = await t.dataSource.query(`SELECT id FROM progress_reports WHERE state = 'DRAFT' AND "orgUnitId" <> ${t.engine === 'postgres' ? '$1' : '?'} LIMIT 5`, [own]);
    for (const row of drafts) expect((await t.http().get(`/api/v1/progress-reports/${row.id}`).set(bearer(t.tokens.department))).status).toBe(404);
  });
});
