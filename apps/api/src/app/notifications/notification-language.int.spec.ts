import type { NotificationPage, OrgUnit } from '@klimaschutz/contracts';
import { notificationFixtures } from '../../testing/notification-fixtures';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

const PUBLIC_URL = 'http://cockpit.musterstadt.example';
const PASSWORD = 'Laterne-Gießkanne-Zebra';
const LENA = 'klimaschutz@musterstadt.example';
/** A second climate manager, who reads the cockpit in English. */
const PAUL = 'paul.english@musterstadt.example';

/**
 * Issue #16 item 14: e-mails and in-app notices in the recipient's language. A notice is written in
 * both languages; the inbox answers in the reader's current language and the e-mail goes out in the
 * recipient's, through a real SMTP server.
 */
describe('notifications and e-mails in the recipient’s language', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const f = notificationFixtures(() => t);
  let paulToken: string;
  let unit61: OrgUnit;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url, PUBLIC_URL, MAIL_RETRY_DELAYS_MS: '20' });
    const ks = await f.unit('KS');
    unit61 = await f.unit('61');
    expect(
      (
        await t
          .http()
          .post('/api/v1/users')
          .set(f.admin())
          .send({ email: PAUL, displayName: 'Paul English', role: 'CLIMATE_MANAGER', orgUnitId: ks.id, password: PASSWORD })
      ).status,
    ).toBe(201);
    paulToken = (await t.http().post('/api/v1/auth/login').send({ email: PAUL, password: PASSWORD })).body.accessToken;
    expect((await t.http().put('/api/v1/auth/me/locale').set(bearer(paulToken)).send({ locale: 'en' })).status).toBe(200);
    await f.closeDemoPeriods();
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('mails a submitted report to an English climate manager in English and to a German one in German', async () => {
    const period = await f.newPeriod('Sprachtest ', 10);
    const [measure] = await f.ledBy(unit61);
    sink.reset();
    const sent = await t
      .http()
      .post(`/api/v1/measures/${measure.id}/progress-reports`)
      .set(f.dept())
      .send({ periodId: period.id, text: 'Sachstand wie besprochen.', submit: true });
    expect(sent.status).toBe(201);

    await f.settled();
    const byRecipient = Object.fromEntries(sink.received.map((m) => [m.to[0], m]));
    expect(Object.keys(byRecipient).sort()).toEqual([LENA, PAUL].sort());

    const english = byRecipient[PAUL];
    expect(english.subject).toBe(`Progress report to review: ${measure.code} ${measure.title}`);
    expect(english.text).toContain('Hello Paul English,');
    expect(english.text).toContain(`for the reporting period “${period.name}”`);
    expect(english.text).toContain('It awaits your review.');
    expect(english.text).toContain(`Open in the Klimaschutz-Cockpit:\n${PUBLIC_URL}/pruefung?massnahme=${measure.id}`);
    expect(english.text).not.toMatch(/Guten Tag|Sachstandsmeldung|Prüfung|Berichtszeitraum|öffnen/);

    const german = byRecipient[LENA];
    expect(german.subject).toBe(`Sachstandsmeldung zur Prüfung: ${measure.code} ${measure.title}`);
    expect(german.text).toContain('Guten Tag Dr. Lena Vogt,');
    expect(german.text).toContain('Sie wartet auf Ihre Prüfung.');
    expect(german.text).not.toMatch(/Hello|review/);
  });

  it('answers the inbox in the reader’s current language, also for notices written before a switch', async () => {
    const inbox = async (token: string) =>
      ((await t.http().get('/api/v1/notifications?pageSize=5').set(bearer(token))).body as NotificationPage).items;
    const [english] = await inbox(paulToken);
    expect(english.kind).toBe('REPORT_SUBMITTED');
    expect(english.title).toMatch(/^Progress report to review: /);
    expect(english.body).toMatch(/It awaits your review\.$/);
    const [german] = await inbox(t.tokens.climateManager);
    expect(german.title).toMatch(/^Sachstandsmeldung zur Prüfung: /);

    // Marking one read answers it in the reader's language too.
    const read = await t.http().post(`/api/v1/notifications/${english.id}/read`).set(bearer(paulToken));
    expect(read.body.title).toBe(english.title);

    expect((await t.http().put('/api/v1/auth/me/locale').set(bearer(paulToken)).send({ locale: 'de' })).status).toBe(200);
    const [again] = await inbox(paulToken);
    expect(again.id).toBe(english.id);
    expect(again.title).toMatch(/^Sachstandsmeldung zur Prüfung: /);
  });
});
