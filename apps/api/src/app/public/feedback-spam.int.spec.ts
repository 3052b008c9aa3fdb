import { FEEDBACK_PAGE, type Feedback, type FeedbackForm, type Page } from '@klimaschutz/contracts';
import { createHmac } from 'node:crypto';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { FeedbackFormTokens } from './feedback-form';

/**
 * Spam limits of the public feedback form without any third-party service. The reviewers stored
 * 300 messages a minute from one address. Now: a few per address and hour, a honeypot, and a time
 * trap (a signed token the form gets when shown, valid from a few seconds until two hours later) —
 * and a citizen who writes a message, with or without JavaScript, still gets it through.
 */
const stored = async (t: TestApp) => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM "feedback"'))[0].n);
const form = async (t: TestApp) => (await t.http().get('/api/v1/public/feedback-form')).body as FeedbackForm;
/** The form as the server issued it ten seconds ago — a citizen who took that long to write, without the test waiting for it. */
const formShownSecondsAgo = (t: TestApp) => t.app.get(FeedbackFormTokens).issue(Date.now() - 10_000);
const message = (text: string, extra: Record<string, unknown> = {}) => ({ message: text, page: '/oeffentlich', ...extra });

describe('feedback spam: per-address limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ FEEDBACK_PER_HOUR: '5' });
  });
  afterAll(() => t.close());

  it('stores no more than FEEDBACK_PER_HOUR of 300 messages sent within a minute from one address', async () => {
    const before = await stored(t);
    const { formToken } = await form(t);
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) {
      statuses.push(
        (
          await t
            .http()
            .post('/api/v1/public/feedback')
            .send(message(`Werbung Nummer ${i}`, { formToken }))
        ).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    expect((await stored(t)) - before).toBe(5);
    const refused = await t.http().post('/api/v1/public/feedback').send(message('Noch eine', { formToken }));
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.detail).toMatch(/in einer Stunde noch einmal/);
    // Reading the public page is not affected.
    expect((await t.http().get('/api/v1/public/summary')).status).toBe(200);
  });
});

describe('feedback spam: honeypot and time trap', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ FEEDBACK_MIN_SECONDS: '2' });
  });
  afterAll(() => t.close());

  it('answers a filled-in honeypot like a success and stores nothing', async () => {
    const before = await stored(t);
    const { formToken } = await formShownSecondsAgo(t);
    const bot = await t
      .http()
      .post('/api/v1/public/feedback')
      .send(message('Günstige Uhren!', { formToken, website: 'https://spam.example' }));
    expect(bot.status).toBe(201);
    expect(bot.body).toEqual({ received: true });
    expect(await stored(t)).toBe(before);
  });

  it('refuses a message without a form token, with a forged one, or sent right after the form was shown', async () => {
    const before = await stored(t);
    const missing = await t.http().post('/api/v1/public/feedback').send(message('Ohne Formular'));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'formToken' })]));
    const forged = await t
      .http()
      .post('/api/v1/public/feedback')
      .send(message('Gefälscht', { formToken: `${Date.now().toString(36)}.abc.def` }));
    expect(forged.status).toBe(400);
    expect(forged.body.detail).toMatch(/Formular ist unvollständig/);
    const { formToken, notBefore } = await form(t);
    expect(Date.parse(notBefore) - Date.now()).toBeGreaterThan(1000);
    const tooFast = await t.http().post('/api/v1/public/feedback').send(message('Sofort abgeschickt', { formToken }));
    expect(tooFast.status).toBe(400);
    expect(tooFast.body.detail).toMatch(/einige Sekunden/);
    expect(await stored(t)).toBe(before);
  });

  it('refuses a form that was open longer than FEEDBACK_FORM_MINUTES', async () => {
    const [secret] = await t.dataSource.query(`SELECT "value" FROM "app_secrets" WHERE "name" = 'feedback-form'`);
    const payload = `${(Date.now() - 3 * 3_600_000).toString(36)}.alteform`;
    const formToken = `${payload}.${createHmac('sha256', Buffer.from(secret.value, 'hex')).update(payload).digest('base64url')}`;
    const old = await t.http().post('/api/v1/public/feedback').send(message('Vor drei Stunden geöffnet', { formToken }));
    expect(old.status).toBe(400);
    expect(old.body.detail).toMatch(/zu lange geöffnet/);
  });

  it("takes a citizen's message that was written after the form was shown, and refuses over-long fields", async () => {
    const { formToken } = await formShownSecondsAgo(t);
    const tooLong = await t
      .http()
      .post('/api/v1/public/feedback')
      .send(message('x'.repeat(5001), { formToken }));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([{ field: 'message', message: 'Nachricht darf höchstens 5000 Zeichen lang sein.' }]);
    const sent = await t
      .http()
      .post('/api/v1/public/feedback')
      .send(
        message('Die Tabelle „Stand der Umsetzung“ hat keine Spaltenüberschriften.', {
          formToken,
          name: 'Ute Bürger',
          email: 'ute@example.org',
          website: '',
        }),
      );
    expect(sent.status).toBe(201);
    const list = (await t.http().get('/api/v1/feedback').set(bearer(t.tokens.communication))).body as Page<Feedback>;
    expect(list.items[0]).toMatchObject({
      message: 'Die Tabelle „Stand der Umsetzung“ hat keine Spaltenüberschriften.',
      name: 'Ute Bürger',
      email: 'ute@example.org',
      handled: false,
      handledAt: null,
    });
  });

  it('takes the form from a browser without JavaScript, and sends it back to the page with the outcome', async () => {
    const before = await stored(t);
    // The page rendered on the server carries the token in a hidden field; the browser posts the form as such.
    const { formToken } = await form(t);
    const tooFast = await t
      .http()
      .post('/api/v1/public/feedback')
      .type('form')
      .send({ message: 'Ohne JavaScript, zu schnell', formToken, website: '', name: '', email: '' });
    expect(tooFast.status).toBe(303);
    expect(tooFast.headers['location']).toBe(`${FEEDBACK_PAGE}?fehler=zu-schnell`);
    const written = await formShownSecondsAgo(t);
    const sent = await t.http().post('/api/v1/public/feedback').type('form').send({
      message: 'Ohne JavaScript gesendet: der Kontrast der Links ist zu schwach.',
      page: '',
      name: '',
      email: '',
      website: '',
      formToken: written.formToken,
    });
    expect(sent.status).toBe(303);
    expect(sent.headers['location']).toBe(`${FEEDBACK_PAGE}?gesendet=1`);
    expect(await stored(t)).toBe(before + 1);
    const empty = await t.http().post('/api/v1/public/feedback').type('form').send({ message: '', formToken });
    expect(empty.headers['location']).toBe(`${FEEDBACK_PAGE}?fehler=eingabe`);
    const noToken = await t.http().post('/api/v1/public/feedback').type('form').send({ message: 'Ohne Token' });
    expect(noToken.headers['location']).toBe(`${FEEDBACK_PAGE}?fehler=formular`);
    expect(await stored(t)).toBe(before + 1);
  });
});
