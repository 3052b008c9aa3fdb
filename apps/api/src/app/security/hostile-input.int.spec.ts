import fc from 'fast-check';
import { bearer, createTestApp, DemoRole, TestApp } from '../../testing/test-app';

/**
 * Hostile input, generated from the OpenAPI document: for every write endpoint, requests with wrong
 * types, missing and extra fields, huge strings, unicode edge cases and control characters, JSON
 * nested too deep, prototype names as keys, injection strings and other users' or made-up IDs; for
 * every list and export, prototype names as sort keys and filter values. Never a 5xx; a refused
 * request leaves the database exactly as it was; nothing reaches Object.prototype.
 * HOSTILE_RUNS sets the requests per endpoint (CI runs more than the default).
 */
const RUNS = Number(process.env['HOSTILE_RUNS'] ?? 8);

interface Operation {
  method: 'post' | 'patch' | 'put' | 'delete';
  path: string;
  properties: string[];
}

/** Names every object inherits; a lookup that does not ask for own keys finds them. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** Bodies refused while they are read: too deep (within and far beyond every size limit), prototype keys. */
const HOSTILE_RAW = [
  nested(33),
  `{"title":${nested(5_000)}}`,
  nested(200_000),
  '{"__proto__":{"polluted":"ja","role":"ADMIN","isAdmin":true},"constructor":{"prototype":{"polluted":"ja"}}}',
  '{"version":1,"toString":"x","valueOf":1,"hasOwnProperty":"y","prototype":{"polluted":"ja"}}',
];

const NASTY_STRINGS = [
  "'; DROP TABLE measures; --",
  '" OR "1"="1',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '=HYPERLINK("http://evil.example","x")',
  '../../../../etc/passwd',
  '\u0000\u0001\u001f',
  'Titel\u0000mit NUL',
  'Zeile 1\r\nZeile 2',
  'Tab\tgetrennt',
  'C1\u0085NEL und \u009b',
  'DEL\u007f',
  '\u001b[31mrot',
  '\u202eevil\u202c',
  '\ud800',
  'vorne \udc00 hinten',
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
  let lists: { path: string; parameters: string[] }[];
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

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
    lists = [];
    for (const [path, item] of Object.entries<Record<string, { parameters?: { in: string; name: string }[] }>>(doc.paths)) {
      const query = (item['get']?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      if (query.length) lists.push({ path, parameters: query });
    }
    for (const [path, item] of Object.entries<
      Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>
    >(doc.paths)) {
      for (const method of ['post', 'patch', 'put', 'delete'] as const) {
        const op = item[method];
        if (!op) continue;
        // Logging out would end the session the test uses; logging in is covered by the auth tests.
        if (path.startsWith('/api/v1/auth/')) continue;
        const ref =
          op.requestBody?.content?.['application/json']?.schema?.$ref ?? op.requestBody?.content?.['multipart/form-data']?.schema?.$ref;
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
    for (const table of [
      'measures',
      'org_units',
      'users',
      'fields_of_action',
      'milestones',
      'progress_reports',
      'reporting_periods',
      'trainings',
      'consultations',
      'climate_checks',
      'indicators',
    ]) {
      if (!tables.includes(table)) continue;
      for (const row of await t.dataSource.query(`SELECT id FROM "${table}" LIMIT 3`)) ids.push(String(row.id));
    }
  });
  afterAll(() => t.close());

  it('finds the write endpoints in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.some((o) => o.path === '/api/v1/measures' && o.method === 'post' && o.properties.includes('title'))).toBe(true);
  });

  it(
    'never answers 5xx and never changes the database for a refused request',
    async () => {
      const roles: DemoRole[] = ['department', 'executive', 'communication', 'climateManager', 'admin'];
      let sent = 0;
      const failures: string[] = [];
      for (const op of operations) {
        const bodyArb = fc.record({
          known: fc.dictionary(fc.constantFrom(...(op.properties.length ? op.properties : ['x'])), hostileValue(ids), {
            maxKeys: Math.max(1, op.properties.length),
          }),
          extra: fc.dictionary(
            fc.constantFrom('isAdmin', 'role', 'orgUnitId', 'id', 'version', ...PROTOTYPE_NAMES, 'prototype'),
            hostileValue(ids),
            { maxKeys: 2 },
          ),
          pathValue: fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.constantFrom(...NASTY_STRINGS.slice(0, 8), ...PROTOTYPE_NAMES)),
          role: fc.constantFrom(...roles),
          raw: fc.oneof(fc.constant(null), fc.constantFrom('{"title":', 'null', '[]', '"string"', '{"a":'.repeat(500), ...HOSTILE_RAW)),
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
            if (raw !== null && HOSTILE_RAW.includes(raw) && response.status < 400) {
              failures.push(`${op.method.toUpperCase()} ${url} as ${role} took a body it must refuse → ${response.status}`);
            }
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
      // Nothing reached the prototype every object inherits from.
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(await storedControlCharacters()).toEqual([]);
      // Roughly a hundred endpoints × RUNS requests, each with two database fingerprints.
    },
    60_000 + RUNS * 15_000,
  );

  /** Stored text with control characters (line breaks and tabs only in multi-line texts) or replaced lone surrogates. */
  const storedControlCharacters = async () => {
    // eslint-disable-next-line no-control-regex
    const anywhere = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;
    const oneLine = new Set(['code', 'title', 'name', 'displayName', 'email', 'topic', 'trainer', 'reference', 'unit']);
    const found: string[] = [];
    for (const entity of t.dataSource.entityMetadatas) {
      for (const column of entity.columns.filter((c) => ['varchar', 'text', 'character varying', String].includes(c.type as string))) {
        const rows: Record<string, unknown>[] = await t.dataSource.query(`SELECT "${column.databaseName}" AS v FROM "${entity.tableName}"`);
        for (const { v } of rows) {
          if (typeof v !== 'string') continue;
          if (anywhere.test(v) || (oneLine.has(column.propertyName) && /[\t\r\n]/.test(v)))
            found.push(`${entity.tableName}.${column.databaseName}: ${JSON.stringify(v.slice(0, 60))}`);
        }
      }
    }
    return found;
  };

  it('refuses prototype names as sort keys (400 naming the allowed keys) and as filter values or names, on every list and export', async () => {
    expect(lists.length).toBeGreaterThan(20);
    const roles: DemoRole[] = ['admin', 'climateManager', 'executive', 'communication', 'department'];
    const failures: string[] = [];
    const sortable = new Set<string>();
    for (const { path, parameters } of lists) {
      const url = path.replace('{format}', 'csv').replace(/\{[^}]+\}/g, () => ids[0]);
      // The first role that may read it at all: then a bad sort key must be the reason for the refusal.
      let reader: DemoRole | undefined;
      for (const role of roles) {
        if ((await t.http().get(url).set(bearer(t.tokens[role]))).status < 400) {
          reader = role;
          break;
        }
      }
      const token = t.tokens[reader ?? 'admin'];
      for (const name of PROTOTYPE_NAMES) {
        if (parameters.includes('sort')) {
          for (const sort of [name, `-${name}`]) {
            const response = await t.http().get(url).query({ sort }).set(bearer(token));
            // `__proto__` is no field name at all; the others are, and the answer names the allowed ones.
            const named =
              response.status === 400 &&
              response.body.errors?.[0]?.field === 'sort' &&
              (name === '__proto__' || /Erlaubt: /.test(response.body.detail));
            if (response.status >= 500 || (reader && !named))
              failures.push(`GET ${url}?sort=${sort} → ${response.status} ${response.body.detail ?? ''}`);
            if (reader) sortable.add(path);
          }
        }
        for (const parameter of parameters.filter((p) => !['page', 'pageSize', 'sort'].includes(p))) {
          const response = await t
            .http()
            .get(url)
            .query({ [parameter]: name })
            .set(bearer(token));
          if (response.status >= 500) failures.push(`GET ${url}?${parameter}=${name} → ${response.status}`);
        }
        const named = await t
          .http()
          .get(`${url}?${encodeURIComponent(name)}=1&${encodeURIComponent(name)}[x]=2`)
          .set(bearer(token));
        if (named.status >= 500) failures.push(`GET ${url}?${name}=… → ${named.status}`);
      }
    }
    expect(failures).toEqual([]);
    // The lists and exports with a sort key, the anonymous public list among them, were each read by some role.
    expect([...sortable]).toEqual(
      expect.arrayContaining(['/api/v1/public/measures', '/api/v1/measures', '/api/v1/exports/measures.{format}']),
    );
    expect(sortable.size).toBeGreaterThanOrEqual(15);
  }, 120_000);

  it('never shows a department another department’s consultations, climate checks or report drafts', async () => {
    const me = (await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body;
    const own = me.orgUnit.id;
    for (const path of ['/api/v1/consultations?pageSize=500', '/api/v1/climate-checks?pageSize=500']) {
      const list = await t.http().get(path).set(bearer(t.tokens.department));
      expect(list.status).toBe(200);
      const foreign = list.body.items.filter(
        (i: { requestingOrgUnit?: { id: string }; orgUnit?: { id: string } }) => (i.requestingOrgUnit ?? i.orgUnit)?.id !== own,
      );
      expect(foreign).toEqual([]);
    }
    const others = await t.dataSource.query(
      `SELECT id FROM consultations WHERE "requestingOrgUnitId" <> $1 LIMIT 5`.replace('$1', t.engine === 'postgres' ? '$1' : '?'),
      [own],
    );
    for (const row of others)
      expect((await t.http().get(`/api/v1/consultations/${row.id}`).set(bearer(t.tokens.department))).status).toBe(404);
    const drafts = await t.dataSource.query(
      `SELECT id FROM progress_reports WHERE state = 'DRAFT' AND "orgUnitId" <> ${t.engine === 'postgres' ? '$1' : '?'} LIMIT 5`,
      [own],
    );
    for (const row of drafts)
      expect((await t.http().get(`/api/v1/progress-reports/${row.id}`).set(bearer(t.tokens.department))).status).toBe(404);
  });
});
