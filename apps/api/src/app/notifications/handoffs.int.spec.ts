import type {
  ClimateCheck,
  Consultation,
  Measure,
  Milestone,
  NotificationKind,
  NotificationPage,
  OrgUnit,
  ProgressReport,
} from '@klimaschutz/contracts';
import { notificationFixtures, unique } from '../../testing/notification-fixtures';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../testing/smtp-sink';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { addDays, germanDate } from './texts';

const PUBLIC_URL = 'http://cockpit.musterstadt.example';
const PASSWORD = 'Laterne-Gießkanne-Zebra';
const LENA = 'klimaschutz@musterstadt.example';
const JONAS = 'stadtplanung@musterstadt.example';
/** A second climate manager (email on), a third who switched email off. */
const PAUL = 'paul.klima@musterstadt.example';
const QUIET_CM = 'ks-ohne-mail@musterstadt.example';
/** Jonas' colleague in 61 who switched email off, and a former one whose account is deactivated. */
const EVA = 'umweltplanung@musterstadt.example';
const FORMER = 'ehemalig61@musterstadt.example';
/** A department user of another org unit (66), who must hear nothing of 61's business. */
const TIM = 'tiefbau@musterstadt.example';

describe('notices for every hand-off between people, in the app and by email', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const f = notificationFixtures(() => t);
  const tokens: Record<string, string> = {};
  const as = (email: string) => bearer(tokens[email]);
  let unit61: OrgUnit;
  let unit66: OrgUnit;
  let unit32: OrgUnit;
  let measure: Measure;

  /** Who got a notice of this kind about this link (or subject): email → its email state. */
  const noticesAbout = async (kind: NotificationKind, link: string) =>
    Object.fromEntries((await f.stored({ kind })).filter((r) => r.link === link).map((r) => [r.user!.email, r.emailState]));
  /** The emails the last request sent, once all of them have been handed over: exactly `count`. */
  const mails = async (count: number): Promise<ReceivedMail[]> => {
    await f.settled();
    expect(sink.received).toHaveLength(count);
    return [...sink.received].sort((a, b) => a.to[0].localeCompare(b.to[0]));
  };
  const addUser = async (email: string, displayName: string, role: string, orgUnitId: string, active = true) => {
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(f.admin())
      .send({ email, displayName, role, orgUnitId, password: PASSWORD, active });
    expect(created.status).toBe(201);
    if (!active) return;
    tokens[email] = (await t.http().post('/api/v1/auth/login').send({ email, password: PASSWORD })).body.accessToken;
  };
  const emailOff = async (email: string) =>
    expect((await t.http().patch('/api/v1/auth/me/preferences').set(as(email)).send({ emailNotifications: false })).status).toBe(200);

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ SMTP_URL: sink.url, PUBLIC_URL, MAIL_RETRY_DELAYS_MS: '20' });
    tokens[LENA] = t.tokens.climateManager;
    tokens[JONAS] = t.tokens.department;
    [unit61, unit66, unit32] = [await f.unit('61'), await f.unit('66'), await f.unit('32')];
    const ks = await f.unit('KS');
    await addUser(PAUL, 'Paul Klima', 'CLIMATE_MANAGER', ks.id);
    await addUser(QUIET_CM, 'Kim Stille', 'CLIMATE_MANAGER', ks.id);
    await addUser(EVA, 'Eva Umweltplanung', 'DEPARTMENT', unit61.id);
    await addUser(FORMER, 'Ehemaliger Kollege', 'DEPARTMENT', unit61.id, false);
    await addUser(TIM, 'Tim Tiefbau', 'DEPARTMENT', unit66.id);
    await emailOff(QUIET_CM);
    await emailOff(EVA);

    // A measure led by 61 with 66 taking part; its assignment notices are not what these tests are about.
    const field = await f.field();
    const created = await t
      .http()
      .post('/api/v1/measures')
      .set(as(LENA))
      .send({
        code: unique('HO-'),
        title: 'Klimaangepasste Bauleitplanung',
        fieldOfActionId: field.id,
        leadOrgUnitId: unit61.id,
        participatingOrgUnitIds: [unit66.id],
      });
    expect(created.status).toBe(201);
    measure = created.body;
    await sink.waitFor(2);
  });
  beforeEach(async () => {
    // Background deliveries of the previous step are done before counting anew.
    await f.settled();
    sink.reset();
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  describe('a progress report’s round trip', () => {
    let first: ProgressReport;
    let second: ProgressReport;

    it('a department submits: every other climate manager is told, with a link to the review of that measure', async () => {
      const period = await f.newPeriod('Übergabe ', 20);
      const created = await t
        .http()
        .post(`/api/v1/measures/${measure.id}/progress-reports`)
        .set(as(JONAS))
        .send({ periodId: period.id, text: 'Der Vorentwurf ist abgestimmt.', submit: true });
      expect(created.status).toBe(201);
      first = created.body;

      const link = `/pruefung?massnahme=${measure.id}`;
      const received = await mails(2);
      expect(await noticesAbout('REPORT_SUBMITTED', link)).toEqual({ [LENA]: 'SENT', [PAUL]: 'SENT', [QUIET_CM]: 'SKIPPED' });
      expect(received.map((m) => m.to[0])).toEqual([LENA, PAUL]);
      const [mail] = received;
      expect(mail.subject).toBe(`Sachstandsmeldung zur Prüfung: ${measure.code} ${measure.title}`);
      expect(mail.text).toContain(
        `Jonas Petersen hat die Sachstandsmeldung der Organisationseinheit 61 – Stadtplanungsamt zur Maßnahme „${measure.code} – ${measure.title}“ ` +
          `für den Berichtszeitraum „${period.name}“ eingereicht. Sie wartet auf Ihre Prüfung.`,
      );
      expect(mail.text).toContain(`Im Klimaschutz-Cockpit öffnen:\n${PUBLIC_URL}${link}\n`);

      // The climate manager finds it in the bell's list, unread, with the link.
      const page: NotificationPage = (await t.http().get('/api/v1/notifications?unread=true&pageSize=100').set(as(LENA))).body;
      expect(page.items.find((n) => n.kind === 'REPORT_SUBMITTED')).toMatchObject({
        link,
        readAt: null,
        email: { state: 'SENT', attempts: 1 },
      });
    });

    it('refused hand-offs write no notice: a sent-back without a reason is 400 and tells nobody', async () => {
      const before = (await f.stored()).length;
      const refused = await t
        .http()
        .post(`/api/v1/progress-reports/${first.id}/review`)
        .set(as(LENA))
        .send({ decision: 'REQUEST_REVISION', version: first.version });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'comment', message: 'Bitte geben Sie an, was überarbeitet werden soll.' }]);
      expect(await f.stored()).toHaveLength(before);
    });

    it('sent back with a reason: the reporting unit’s users are told the reason; not the reviewer, not the other climate managers, not 66', async () => {
      const reason = 'Bitte die Hemmnisse konkret benennen.';
      const review = await t
        .http()
        .post(`/api/v1/progress-reports/${first.id}/review`)
        .set(as(LENA))
        .send({ decision: 'REQUEST_REVISION', comment: reason, version: first.version });
      expect(review.status).toBe(200);

      const link = `/sachstandsmeldungen/${first.id}`;
      const [mail] = await mails(1);
      expect(await noticesAbout('REPORT_RETURNED', link)).toEqual({ [JONAS]: 'SENT', [EVA]: 'SKIPPED' });
      expect(mail.to).toEqual([JONAS]);
      expect(mail.subject).toBe(`Sachstandsmeldung zur Überarbeitung: ${measure.code} ${measure.title}`);
      expect(mail.text).toContain(`Dr. Lena Vogt hat die Sachstandsmeldung zur Maßnahme „${measure.code} – ${measure.title}“`);
      expect(mail.text).toContain(
        `zur Überarbeitung zurückgegeben. Begründung: „${reason}“ Bitte legen Sie eine neue Fassung an und reichen Sie sie erneut ein.`,
      );
      expect(mail.text).toContain(`${PUBLIC_URL}${link}`);
    });

    it('the revised version submitted: the climate managers hear it is the 2nd version', async () => {
      const revised = await t
        .http()
        .post(`/api/v1/progress-reports/${first.id}/revise`)
        .set(as(JONAS))
        .send({ obstacles: 'Personalengpass im Planungsamt.', submit: true });
      expect(revised.status).toBe(201);
      second = revised.body;
      const received = await mails(2);
      expect(received.map((m) => m.to[0])).toEqual([LENA, PAUL]);
      expect(received[0].text).toContain(
        'hat die überarbeitete Fassung (2. Fassung) der Sachstandsmeldung der Organisationseinheit 61 – Stadtplanungsamt',
      );
      // Each report is its own subject: the first notice still stands, the second is new.
      expect(Object.keys(await noticesAbout('REPORT_SUBMITTED', `/pruefung?massnahme=${measure.id}`))).toHaveLength(3);
      expect((await f.stored({ kind: 'REPORT_SUBMITTED' })).filter((r) => r.link === `/pruefung?massnahme=${measure.id}`)).toHaveLength(6);
    });

    it('accepted by another climate manager: the unit hears „angenommen“; the reviewer and the others do not', async () => {
      const accepted = await t
        .http()
        .post(`/api/v1/progress-reports/${second.id}/review`)
        .set(as(PAUL))
        .send({ decision: 'ACCEPT', version: second.version });
      expect(accepted.status).toBe(200);
      const [mail] = await mails(1);
      expect(await noticesAbout('REPORT_ACCEPTED', `/sachstandsmeldungen/${second.id}`)).toEqual({ [JONAS]: 'SENT', [EVA]: 'SKIPPED' });
      expect(mail.subject).toBe(`Sachstandsmeldung angenommen: ${measure.code} ${measure.title}`);
      expect(mail.text).toContain(`Paul Klima hat die Sachstandsmeldung zur Maßnahme „${measure.code} – ${measure.title}“`);
      expect(mail.text).toMatch(/ angenommen\.\n/);
    });

    it('a report a climate manager recorded for a unit: the author hears the review too, wherever they work', async () => {
      const created = await t
        .http()
        .post(`/api/v1/measures/${measure.id}/progress-reports`)
        .set(as(LENA))
        .send({ orgUnitId: unit66.id, text: 'Beitrag des Tiefbauamts, telefonisch übermittelt.', submit: true });
      expect(created.status).toBe(201);
      // Lena submitted it herself: only the other climate managers are told.
      expect((await mails(1))[0].to).toEqual([PAUL]);
      expect((await f.stored({ kind: 'REPORT_SUBMITTED' })).filter((r) => r.user!.email === LENA)).toHaveLength(2);
      sink.reset();

      const back = await t
        .http()
        .post(`/api/v1/progress-reports/${created.body.id}/review`)
        .set(as(PAUL))
        .send({ decision: 'REQUEST_REVISION', comment: 'Welche Abschnitte sind betroffen?', version: created.body.version });
      expect(back.status).toBe(200);
      expect((await mails(2)).map((m) => m.to[0])).toEqual([LENA, TIM]);
      expect(await noticesAbout('REPORT_RETURNED', `/sachstandsmeldungen/${created.body.id}`)).toEqual({ [TIM]: 'SENT', [LENA]: 'SENT' });
    });
  });

  it('a Klimacheck submitted: its reviewers (the climate managers) are told, with a link to the check', async () => {
    const draft = await t.http().post('/api/v1/climate-checks').set(as(JONAS)).send({
      subjectType: 'COUNCIL_PROPOSAL',
      reference: 'M 2027 0042',
      title: 'Neubau Kita Am Mühlbach',
      climateRelevant: false,
      relevanceReason: 'Ersatzneubau gleicher Größe.',
    });
    expect(draft.status).toBe(201);
    const check: ClimateCheck = draft.body;
    expect(await noticesAbout('CLIMATE_CHECK_SUBMITTED', `/klimacheck/${check.id}`)).toEqual({});

    const submitted = await t.http().post(`/api/v1/climate-checks/${check.id}/submit`).set(as(JONAS)).send({ version: check.version });
    expect(submitted.status).toBe(200);
    const [mail] = await mails(2);
    expect(await noticesAbout('CLIMATE_CHECK_SUBMITTED', `/klimacheck/${check.id}`)).toEqual({
      [LENA]: 'SENT',
      [PAUL]: 'SENT',
      [QUIET_CM]: 'SKIPPED',
    });
    expect(mail.subject).toBe('Klimacheck zur Stellungnahme: M 2027 0042 Neubau Kita Am Mühlbach');
    expect(mail.text).toContain(
      'Jonas Petersen hat den Klimacheck der Organisationseinheit 61 – Stadtplanungsamt zu Beschlussvorlage „Neubau Kita Am Mühlbach“ (M 2027 0042) eingereicht. ' +
        'Er wartet auf Ihre Stellungnahme.',
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/klimacheck/${check.id}`);

    // Submitting twice is refused and tells nobody again.
    expect((await t.http().post(`/api/v1/climate-checks/${check.id}/submit`).set(as(JONAS)).send({})).status).toBe(409);
    expect(Object.keys(await noticesAbout('CLIMATE_CHECK_SUBMITTED', `/klimacheck/${check.id}`))).toHaveLength(3);
  });

  it('a consultation requested: the Stabsstelle is told; one a climate manager logs tells the others only', async () => {
    const desiredDate = addDays(f.today, 10);
    const requested = await t.http().post('/api/v1/consultations').set(as(JONAS)).send({
      topic: 'Beschaffung E-Lastenräder',
      category: 'PROCUREMENT',
      description: 'Wir brauchen Kriterien für die Ausschreibung.',
      desiredDate,
    });
    expect(requested.status).toBe(201);
    const consultation: Consultation = requested.body;
    const [mail] = await mails(2);
    expect(await noticesAbout('CONSULTATION_REQUESTED', `/beratungen/${consultation.id}`)).toEqual({
      [LENA]: 'SENT',
      [PAUL]: 'SENT',
      [QUIET_CM]: 'SKIPPED',
    });
    expect(mail.subject).toBe('Beratung angefragt: Beschaffung E-Lastenräder');
    expect(mail.text).toContain(
      `Jonas Petersen hat für 61 – Stadtplanungsamt eine Beratung angefragt: „Beschaffung E-Lastenräder“ (Beschaffung). Gewünschter Termin: ${germanDate(desiredDate)}.`,
    );
    expect(mail.textViaSloppyRelay).toBe(mail.text);

    sink.reset();
    const logged = await t.http().post('/api/v1/consultations').set(as(LENA)).send({
      requestingOrgUnitId: unit66.id,
      topic: 'Verkehrsversuch Ringstraße',
      category: 'TRAFFIC_PLANNING',
      description: 'Telefonische Anfrage.',
    });
    expect(logged.status).toBe(201);
    expect((await mails(1))[0].to).toEqual([PAUL]);
    expect(await noticesAbout('CONSULTATION_REQUESTED', `/beratungen/${logged.body.id}`)).toEqual({
      [PAUL]: 'SENT',
      [QUIET_CM]: 'SKIPPED',
    });
  });

  it('a milestone given to an org unit: that unit’s users are told; moved to another unit, that one is; an edit that keeps the unit tells nobody', async () => {
    const title = unique('Gutachten vergeben ');
    const dueDate = addDays(f.today, 30);
    const created = await t
      .http()
      .post(`/api/v1/measures/${measure.id}/milestones`)
      .set(as(LENA))
      .send({ title, responsibleOrgUnitId: unit61.id, dueDate });
    expect(created.status).toBe(201);
    const milestone: Milestone = created.body;
    const link = `/massnahmen/${measure.id}`;
    const about = async () =>
      (await f.stored({ kind: 'MILESTONE_ASSIGNED' }))
        .filter((r) => r.title.includes(title))
        .map((r) => `${r.user!.email} ${r.emailState}`)
        .sort();
    const [mail] = await mails(1);
    expect(await about()).toEqual([`${JONAS} SENT`, `${EVA} SKIPPED`]);
    expect(mail.subject).toBe(`Meilenstein übertragen: ${title} (${measure.code})`);
    expect(mail.text).toContain(
      `Dr. Lena Vogt hat Ihrer Organisationseinheit Stadtplanungsamt den Meilenstein „${title}“ der Maßnahme „${measure.code} – ${measure.title}“ übertragen; ` +
        `er ist am ${germanDate(dueDate)} fällig. Bitte markieren Sie ihn als erledigt, sobald er erreicht ist.`,
    );
    expect(mail.text).toContain(`${PUBLIC_URL}${link}`);
    expect(mail.textViaSloppyRelay).toBe(mail.text);

    sink.reset();
    const moved = await t
      .http()
      .patch(`/api/v1/measures/${measure.id}/milestones/${milestone.id}`)
      .set(as(LENA))
      .send({ responsibleOrgUnitId: unit66.id, version: milestone.version });
    expect(moved.status).toBe(200);
    expect((await mails(1))[0].to).toEqual([TIM]);
    sink.reset();
    const retitled = await t
      .http()
      .patch(`/api/v1/measures/${measure.id}/milestones/${milestone.id}`)
      .set(as(LENA))
      .send({ dueDate: addDays(dueDate, 7), version: moved.body.version });
    expect(retitled.status).toBe(200);
    // A department ticking it off is no hand-off either.
    const done = await t
      .http()
      .patch(`/api/v1/measures/${measure.id}/milestones/${milestone.id}`)
      .set(as(TIM))
      .send({ state: 'DONE', version: retitled.body.version });
    expect(done.status).toBe(200);
    await mails(0);
    expect(await about()).toEqual([`${JONAS} SENT`, `${TIM} SENT`, `${EVA} SKIPPED`]);
  });

  it('a hand-off to an org unit without any active account tells the Stabsstelle — the climate manager who made it included', async () => {
    // 32 has no accounts; 67 only a deactivated one.
    const unit67 = await f.unit('67');
    await addUser(unique('ehemals67-').toLowerCase() + '@musterstadt.example', 'Früher im Grünflächenamt', 'DEPARTMENT', unit67.id, false);
    const field = await f.field();
    const code = unique('HO-');
    const created = await t
      .http()
      .post('/api/v1/measures')
      .set(as(LENA))
      .send({
        code,
        title: 'Schulhöfe entsiegeln',
        fieldOfActionId: field.id,
        leadOrgUnitId: unit32.id,
        participatingOrgUnitIds: [unit61.id, unit67.id],
      });
    expect(created.status).toBe(201);
    const link = `/massnahmen/${created.body.id}`;

    // 61 hears of its part as usual; for 32 and 67 the climate managers are told instead.
    const received = await mails(5);
    expect(await noticesAbout('MEASURE_ASSIGNED', link)).toEqual({ [JONAS]: 'SENT', [EVA]: 'SKIPPED' });
    const unreachable = (await f.stored({ kind: 'ORG_UNIT_UNREACHABLE' })).filter((r) => r.link === link);
    expect(unreachable.map((r) => `${r.user!.email} ${r.title}`).sort()).toEqual(
      [LENA, PAUL, QUIET_CM]
        .flatMap((email) => [
          `${email} Nicht zugestellt: 32 Ordnungsamt hat keine aktiven Benutzerkonten`,
          `${email} Nicht zugestellt: 67 Amt für Stadtgrün und Friedhöfe hat keine aktiven Benutzerkonten`,
        ])
        .sort(),
    );
    const lena = received.find((m) => m.to[0] === LENA && m.subject.includes('32 Ordnungsamt'))!;
    expect(lena.text).toContain(
      'Die Organisationseinheit „32 – Ordnungsamt“ hat keine aktiven Benutzerkonten im Klimaschutz-Cockpit und wurde deshalb nicht benachrichtigt. ' +
        `Es ging um: „Federführung: ${code} Schulhöfe entsiegeln“.`,
    );

    // A milestone for 32 as well.
    sink.reset();
    const title = unique('Ausschreibung Entsiegelung ');
    const milestone = await t
      .http()
      .post(`/api/v1/measures/${created.body.id}/milestones`)
      .set(as(LENA))
      .send({ title, responsibleOrgUnitId: unit32.id });
    expect(milestone.status).toBe(201);
    const [mail] = await mails(2);
    expect(mail.subject).toBe('Nicht zugestellt: 32 Ordnungsamt hat keine aktiven Benutzerkonten');
    expect(mail.text).toContain(`Es ging um: „Meilenstein übertragen: ${title} (${code})“.`);
  });

  it('never mails a notice twice: the sweep for left-over emails finds nothing, each was sent once', async () => {
    await f.settled();
    const sent = (await f.stored()).filter((r) => r.emailState === 'SENT');
    expect(sent.length).toBeGreaterThan(15);
    expect(sent.every((r) => r.emailAttempts === 1)).toBe(true);
    expect((await f.stored()).some((r) => r.emailState === 'PENDING' || r.emailState === 'SENDING')).toBe(false);
    expect((await f.runJob('notification-emails')).summary).toBe('Keine liegen gebliebenen E-Mails');
    await mails(0);
  });
});
