import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/**
 * What the server refuses while reading a request body, before any validation runs: JSON nested
 * too deep (400), a body larger than its route needs (413, naming the limit), and a content type
 * the route does not take (415). Each answer is problem+json and stores nothing.
 */
describe('request bodies: depth, size and content type', () => {
  let t: TestApp;
  let periodId: string;

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  beforeAll(async () => {
    t = await createTestApp();
    const created = await t
      .http()
      .post('/api/v1/reporting-periods')
      .set(bearer(t.tokens.climateManager))
      .send({ name: 'Grenzen 2030', startDate: '2030-01-01', endDate: '2030-12-31', dueDate: '2031-01-31' });
    expect(created.status).toBe(201);
    periodId = created.body.id;
  });
  afterAll(() => t.close());

  it('refuses over-deep JSON with 400 „zu tief verschachtelt“ on public and signed-in routes alike, and stores nothing', async () => {
    const feedback = await count('feedback');
    const measures = await count('measures');
    for (const [path, body, token] of [
      ['/api/v1/public/feedback', `{"message":${nested(5_000)}}`, null],
      ['/api/v1/auth/login', `{"email":${nested(1_500)},"password":"x"}`, null],
      ['/api/v1/measures', nested(20_000), t.tokens.climateManager],
      ['/api/v1/measures', `{"title":"Tief","participatingOrgUnitIds":${'{"a":'.repeat(33)}1${'}'.repeat(33)}}`, t.tokens.climateManager],
    ] as const) {
      const request = t.http().post(path).set('Content-Type', 'application/json');
      const response = await (token ? request.set(bearer(token)) : request).send(body);
      expect({ path, status: response.status, type: response.headers['content-type'] }).toEqual({
        path,
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(response.body.detail).toMatch(/zu tief verschachtelt \(höchstens 32 Ebenen\)/);
    }
    expect(await count('feedback')).toBe(feedback);
    expect(await count('measures')).toBe(measures);
  });

  it('counts only structure, not brackets and quotes inside texts', async () => {
    const message = `Zitat: "${'['.repeat(200)}" und \\ und {{${'{'.repeat(100)}`;
    const { formToken } = (await t.http().get('/api/v1/public/feedback-form')).body;
    const response = await t.http().post('/api/v1/public/feedback').send({ message, formToken });
    expect(response.status).toBe(201);
    // 32 levels are fine (the validation then has its say).
    const deepest = await t
      .http()
      .post('/api/v1/public/feedback')
      .set('Content-Type', 'application/json')
      .send(`{"message":${nested(31)}}`);
    expect(deepest.status).toBe(400);
    expect(deepest.body.detail).not.toMatch(/verschachtelt/);
    expect(deepest.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'message' })]));
  });

  it("answers the reviewers' 400 KB of brackets with 413 at once", async () => {
    const hostile = nested(200_000);
    for (const path of ['/api/v1/public/feedback', '/api/v1/auth/login']) {
      const response = await t.http().post(path).set('Content-Type', 'application/json').send(hostile);
      expect({ path, status: response.status }).toEqual({ path, status: 413 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('limits each body to what its route needs and names the limit in the 413', async () => {
    const feedback = await count('feedback');
    const periods = await count('reporting_periods');
    const cases = [
      { path: '/api/v1/auth/login', body: { email: 'a@b.example', password: 'x'.repeat(5_000) }, limit: '4 KB' },
      { path: '/api/v1/public/feedback', body: { message: 'x'.repeat(30_000) }, limit: '24 KB' },
      {
        path: '/api/v1/reporting-periods',
        body: { name: 'x'.repeat(70_000), startDate: '2031-01-01', endDate: '2031-12-31', dueDate: '2032-01-31' },
        limit: '64 KB',
        token: t.tokens.climateManager,
      },
    ];
    for (const { path, body, limit, token } of cases) {
      const request = t.http().post(path);
      const response = await (token ? request.set(bearer(token)) : request).send(body);
      expect({ path, status: response.status, detail: response.body.detail }).toEqual({
        path,
        status: 413,
        detail: `Die Anfrage ist zu groß: höchstens ${limit} für diese Aktion.`,
      });
    }
    expect(await count('feedback')).toBe(feedback);
    expect(await count('reporting_periods')).toBe(periods);
  });

  it('takes a measure whose every long text is at its maximum, in three-byte characters', async () => {
    const fields = (await t.http().get('/api/v1/fields-of-action').set(bearer(t.tokens.climateManager))).body.items;
    const orgUnits = (await t.http().get('/api/v1/org-units?pageSize=5').set(bearer(t.tokens.climateManager))).body.items;
    const text = (n: number) => '€'.repeat(n);
    const response = await t
      .http()
      .post('/api/v1/measures')
      .set(bearer(t.tokens.climateManager))
      .send({
        code: 'LANG-1',
        title: text(300),
        fieldOfActionId: fields[0].id,
        leadOrgUnitId: orgUnits[0].id,
        summary: text(2_000),
        description: text(20_000),
        goal: text(5_000),
        externalActors: text(5_000),
        internalNotes: text(20_000),
        publicSummary: text(5_000),
      });
    expect(response.status).toBe(201);
  });

  it('takes JSON only as application/json (and forms only where a page without JavaScript posts one): others get 415', async () => {
    const feedback = await count('feedback');
    const sessions = await count('sessions');
    const refused = [
      t.http().post('/api/v1/auth/login').type('form').send({ email: 'a@b.de', password: 'x' }),
      t.http().post('/api/v1/public/feedback').set('Content-Type', 'text/plain').send('{"message":"Text von irgendwo"}'),
      t.http().post('/api/v1/public/feedback').field('message', 'Mehrteilig von irgendwo'),
      t.http().post('/api/v1/public/feedback').set('Content-Type', 'application/json; charset=utf-16').send('{"message":"x"}'),
      t
        .http()
        .post('/api/v1/public/feedback')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'gzip')
        .send('{"message":"x"}'),
      t.http().post(`/api/v1/reporting-periods/${periodId}/close`).set(bearer(t.tokens.climateManager)).type('form').send(''),
    ];
    for (const response of await Promise.all(refused)) {
      expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
        status: 415,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(response.body.detail).toMatch(/application\/json/);
    }
    expect(await count('feedback')).toBe(feedback);
    expect(await count('sessions')).toBe(sessions);
    const period = await t.http().get(`/api/v1/reporting-periods/${periodId}`).set(bearer(t.tokens.climateManager));
    expect(period.body.closedAt ?? null).toBeNull();

    const { formToken } = (await t.http().get('/api/v1/public/feedback-form')).body;
    const accepted = await t
      .http()
      .post('/api/v1/public/feedback')
      .set('Content-Type', 'application/json; charset=UTF-8')
      .send(JSON.stringify({ message: 'Passt so.', formToken }));
    expect(accepted.status).toBe(201);
    // The form a browser without JavaScript posts: flat fields, and no more of them than the form has.
    const plainForm = await t.http().post('/api/v1/public/feedback').type('form').send({ message: 'Als Formular', formToken });
    expect(plainForm.status).toBe(303);
    expect(plainForm.headers['location']).toMatch(/gesendet=1$/);
    const manyFields = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`feld${i}`, 'x']));
    const tooMany = await t
      .http()
      .post('/api/v1/public/feedback')
      .type('form')
      .send({ message: 'Zu viele Felder', formToken, ...manyFields });
    expect(tooMany.status).toBe(413);
    expect(await count('feedback')).toBe(feedback + 2);
    // An action without a body needs no content type at all.
    const closed = await t.http().post(`/api/v1/reporting-periods/${periodId}/close`).set(bearer(t.tokens.climateManager));
    expect(closed.status).toBe(200);
  });

  it('takes uploads only as multipart/form-data', async () => {
    const imports = await count('imports');
    const json = await t.http().post('/api/v1/imports').set(bearer(t.tokens.climateManager)).send({ file: 'Kennung;Titel\nX-1;Test\n' });
    expect(json.status).toBe(415);
    expect(json.body.detail).toMatch(/multipart\/form-data/);
    const upload = await t
      .http()
      .post('/api/v1/imports')
      .set(bearer(t.tokens.climateManager))
      .attach('file', Buffer.from('Kennung;Titel;Handlungsfeld\nX-1;Test;E\n'), 'massnahmen.csv');
    expect(upload.status).toBe(201);
    expect(await count('imports')).toBe(imports + 1);
  });
});
