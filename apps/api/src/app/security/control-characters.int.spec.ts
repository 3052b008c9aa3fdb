import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/**
 * Control characters in stored text: a NUL, a line break in a title or a lone surrogate ends up in
 * exports, PDFs, e-mails and other systems. One rule for every string of every request: single-line
 * fields refuse every C0 and C1 control character (CR and LF included), multi-line texts allow line
 * breaks and tabs only; NUL and lone surrogates are refused everywhere.
 */
describe('control characters in names and texts', () => {
  let t: TestApp;
  let fieldId: string;
  let orgUnitId: string;

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  const createMeasure = (fields: Record<string, unknown>, code = `CC-${Math.random().toString(36).slice(2, 8)}`) =>
    t
      .http()
      .post('/api/v1/measures')
      .set(bearer(t.tokens.climateManager))
      .send({ code, title: 'Sauberer Titel', fieldOfActionId: fieldId, leadOrgUnitId: orgUnitId, ...fields });

  beforeAll(async () => {
    t = await createTestApp();
    fieldId = (await t.http().get('/api/v1/fields-of-action').set(bearer(t.tokens.admin))).body.items[0].id;
    orgUnitId = (await t.http().get('/api/v1/org-units?pageSize=1').set(bearer(t.tokens.admin))).body.items[0].id;
  });
  afterAll(() => t.close());

  it.each([
    ['a line break', 'Radweg\nNord'],
    ['a carriage return', 'Radweg\rNord'],
    ['a tab', 'Radweg\tNord'],
    ['NUL', 'Radweg\u0000Nord'],
    ['an escape sequence', '\u001b[31mRadweg'],
    ['DEL', 'Radweg\u007f'],
    ['a C1 control (NEL)', 'Radweg\u0085Nord'],
    ['a lone high surrogate', 'Radweg \ud83c'],
    ['a lone low surrogate', '\udf33 Radweg'],
  ])('refuses %s in a title with 400 naming the field, and stores nothing', async (_what, title) => {
    const measures = await count('measures');
    const response = await createMeasure({ title });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([{ field: 'title', message: expect.stringMatching(/^Titel /) }]);
    expect(response.body.detail).toBe('Die Eingabe ist ungültig: title');
    expect(await count('measures')).toBe(measures);
  });

  it('keeps line breaks and tabs in multi-line texts, and refuses other controls there', async () => {
    const description = 'Erster Absatz.\r\n\r\nZweiter Absatz:\n\t- Punkt eins\n\t- Punkt zwei';
    const created = await createMeasure({ description, goal: 'Ziel\nin zwei Zeilen' });
    expect(created.status).toBe(201);
    const stored = await t.http().get(`/api/v1/measures/${created.body.id}`).set(bearer(t.tokens.climateManager));
    expect(stored.body.description).toBe(description);

    for (const bad of ['Absatz\u0000eins', 'Absatz\u000beins', 'Absatz\u0085eins', 'Absatz \ud800eins']) {
      const response = await createMeasure({ description: bad });
      expect({ bad, status: response.status, errors: response.body.errors }).toEqual({
        bad,
        status: 400,
        errors: [{ field: 'description', message: expect.stringMatching(/^Beschreibung /) }],
      });
    }
  });

  it('applies the same rule to every string of every request: nested objects, lists, queries, the login', async () => {
    const nested = await t
      .http()
      .post('/api/v1/climate-checks')
      .set(bearer(t.tokens.department))
      .send({ subjectType: 'OTHER', title: 'Prüfung', criteria: { MOBILITY: { impact: 'NEGATIVE', reason: 'Grund\u0000' } } });
    expect(nested.status).toBe(400);
    expect(nested.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'criteria.MOBILITY.reason' })]));

    const training = (await t.http().get('/api/v1/trainings?pageSize=1').set(bearer(t.tokens.climateManager))).body.items[0];
    const names = await t
      .http()
      .put(`/api/v1/trainings/${training.id}/participants/${orgUnitId}`)
      .set(bearer(t.tokens.climateManager))
      .send({ count: 2, names: ['Erika Muster', 'Max\nMuster'] });
    expect(names.status).toBe(400);
    expect(names.body.errors).toEqual([expect.objectContaining({ field: 'names' })]);

    const search = await t.http().get('/api/v1/measures').query({ q: 'Rad\u0000weg' }).set(bearer(t.tokens.executive));
    expect(search.status).toBe(400);
    expect(search.body.errors).toEqual([expect.objectContaining({ field: 'q' })]);

    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: 'admin@musterstadt.example\r\nBcc: x@y.example', password: 'egal-egal-egal' });
    expect(login.status).toBe(400);
    expect(login.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
  });

  it('leaves ordinary text alone: umlauts, emoji, typographic quotes, zero-width joiners', async () => {
    const title = '„Grüne Welle“ für Räder – 🚲 und 👩‍👩‍👧 € ½';
    const created = await createMeasure({ title });
    expect(created.status).toBe(201);
    expect(created.body.title).toBe(title);
  });
});
