import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/**
 * What a client is told when a request goes wrong is German, also where the framework writes the
 * message (an ID that is no UUID, an address that does not exist, a method a route does not have).
 */
describe('problem details in German', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Words of Nest's and Express's English messages that a German detail never has. */
  const ENGLISH =
    /\b(Validation failed|is expected|Cannot (GET|POST|PUT|PATCH|DELETE)|Not Found|Forbidden|Unauthorized|Bad Request|Too Many Requests|Internal server error|resource)\b/i;

  it.each([
    ['an ID that is no UUID', 'get', '/api/v1/measures/keine-uuid', 400, /Der Pfadparameter „id“ muss eine UUID sein/],
    ['an address that does not exist', 'get', '/api/v1/gibt-es-nicht', 404, /Diese Adresse gibt es nicht/],
    ['an address that does not exist, anonymously', 'get', '/api/v1/public/gibt-es-nicht', 404, /Diese Adresse gibt es nicht/],
    ['a method the route does not have', 'put', '/api/v1/measures', 404, /Diese Adresse gibt es nicht/],
  ] as const)('%s', async (_case, method, path, status, detail) => {
    const response = await t.http()[method](path).set(bearer(t.tokens.climateManager));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(detail);
    expect(response.body.detail).not.toMatch(ENGLISH);
    expect(response.body.title).not.toMatch(ENGLISH);
  });

  it('names the parameter of a wrong ID and does not repeat what was sent', async () => {
    const response = await t.http().get('/api/v1/progress-reports/%3Cscript%3E').set(bearer(t.tokens.climateManager));
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/Der Pfadparameter „id“ muss eine UUID sein/);
    expect(response.body.detail).not.toContain('<script>');
  });

  it('says so in German when no one is signed in or the role may not act', async () => {
    const anonymous = await t.http().get('/api/v1/measures');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.detail).not.toMatch(ENGLISH);
    const forbidden = await t.http().post('/api/v1/users').set(bearer(t.tokens.department)).send({});
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).not.toMatch(ENGLISH);
  });
});
