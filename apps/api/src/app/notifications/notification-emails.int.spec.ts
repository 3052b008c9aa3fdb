import type { Measure, MeasureSummary, Notification, NotificationPage, OrgUnit, ReportingPeriod } from '@klimaschutz/contracts';
import { notificationFixtures, unique } from '../../testing/notification-fixtures';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { DigestService } from './digest.service';
import { isoWeek } from './digest';
import { addDays, germanDate } from './texts';

const PUBLIC_URL = 'http://cockpit.musterstadt.example';
const JONAS = 'stadtplanung@musterstadt.example';

describe('reminders, overdue notices and emails through a real SMTP server', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const f = notificationFixtures(() => t);
  let unit61: OrgUnit;
  let dueSoon: ReportingPeriod;
  let overdue: ReportingPeriod;
  let owing: MeasureSummary[];
  let submitted: MeasureSummary;
  let drafted: MeasureSummary;
  let quietToken: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({
      SMTP_URL: sink.url,
      SMTP_FROM: 'Stabsstelle Klimaschutz <klimaschutz@musterstadt.example>',
      PUBLIC_URL,
      MAIL_RETRY_DELAYS_MS: '20,40,80',
    });
    await f.closeDemoPeriods();
    unit61 = await f.unit('61');
    owing = await f.ledBy(unit61);
    expect(owing.length).toBeGreaterThanOrEqual(3);
    [submitted, drafted] = owing;

    // A colleague in 61 who switched email off, and a deactivated one who gets nothing at all.
    for (const [email, active] of [
      ['umweltplanung@musterstadt.example', true],
      ['ehemalig61@musterstadt.example', false],
    ] as const) {
      const created = await t
        .http()
        .post('/api/v1/users')
        .set(f.admin())
        .send({
          email,
          displayName: active ? 'Eva Umweltplanung' : 'Ehemaliger Kollege',
          role: 'DEPARTMENT',
          orgUnitId: unit61.id,
          password: 'Laterne-Gießkanne-Zebra',
          active,
        });
      expect(created.status).toBe(201);
    }
    quietToken = (
      await t.http().post('/api/v1/auth/login').send({ email: 'umweltplanung@musterstadt.example', password: 'Laterne-Gießkanne-Zebra' })
    ).body.accessToken;
    const off = await t.http().patch('/api/v1/auth/me/preferences').set(bearer(quietToken)).send({ emailNotifications: false });
    expect(off.body).toEqual({ emailNotifications: false, emailAvailable: true });

    dueSoon = await f.newPeriod('Fällig in drei Tagen ', 3);
    overdue = await f.newPeriod('Seit gestern fällig ', -1);
    // One report is in for each period, one only drafted (a draft does not count as reported).
    for (const period of [dueSoon, overdue]) {
      const sent = await t
        .http()
        .post(`/api/v1/measures/${submitted.id}/progress-reports`)
        .set(f.dept())
        .send({ periodId: period.id, text: 'Sachstand wie besprochen.', submit: true });
      expect(sent.status).toBe(201);
    }
    expect(
      (await t.http().post(`/api/v1/measures/${drafted.id}/progress-reports`).set(f.dept()).send({ periodId: dueSoon.id, text: 'Entwurf' }))
        .status,
    ).toBe(201);
    // The two submissions were handed to the climate manager (see handoffs.int.spec.ts); these tests count the jobs' emails.
    await handoffMails(2);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** Waits for the emails of a hand-off (sent in the background after the request), then starts counting anew. */
  const handoffMails = async (count: number) => {
    await f.settled();
    expect(sink.received).toHaveLength(count);
    const mails = [...sink.received];
    sink.reset();
    return mails;
  };

  it('mails each department user of the lead unit a German reminder per missing report, 3 days before the due date', async () => {
    const run = await f.runJob('report-reminders');
    const missing = owing.length - 1;
    expect(run).toMatchObject({ status: 'SUCCEEDED' });
    // Jonas by email; his colleague in the app only; the deactivated colleague not at all.
    expect(run.summary).toBe(
      `${missing * 2} Erinnerungen, ${missing} E-Mails versendet, ${missing} ohne E-Mail (vom Empfänger abgeschaltet)`,
    );

    expect(sink.received).toHaveLength(missing);
    expect(sink.received.every((m) => m.to.length === 1 && m.to[0] === JONAS)).toBe(true);
    expect(sink.received.map((m) => m.subject).sort()).toEqual(
      owing
        .slice(1)
        .map((m) => `Sachstandsmeldung fällig in 3 Tagen: ${m.code} ${m.title}`)
        .sort(),
    );
    expect(sink.received.some((m) => m.subject.includes(submitted.code + ' '))).toBe(false);
    const mail = sink.received.find((m) => m.subject.includes(drafted.code + ' '))!;
    expect(mail.raw).toMatch(/^From: Stabsstelle Klimaschutz <klimaschutz@musterstadt\.example>/m);
    expect(mail.text).toContain('Guten Tag Jonas Petersen,');
    expect(mail.text).toContain(
      `Für die Maßnahme „${drafted.code} – ${drafted.title}“ fehlt noch die Sachstandsmeldung Ihrer Organisationseinheit`,
    );
    expect(mail.text).toContain(`zum Berichtszeitraum „${dueSoon.name}“. Abgabefrist ist in 3 Tagen, am ${germanDate(dueSoon.dueDate)}.`);
    expect(mail.text).toContain(`Im Klimaschutz-Cockpit öffnen:\n${PUBLIC_URL}/massnahmen/${drafted.id}`);
    expect(mail.text).toContain(`${PUBLIC_URL}/benachrichtigungen`);

    const rows = await f.stored({ kind: 'REPORT_DUE' });
    expect(
      rows.filter((r) => r.user!.email === JONAS).every((r) => r.emailState === 'SENT' && r.emailAttempts === 1 && r.emailSentAt),
    ).toBe(true);
    expect(rows.filter((r) => r.user!.email !== JONAS).every((r) => r.emailState === 'SKIPPED' && r.emailAttempts === 0)).toBe(true);
    expect(rows.some((r) => r.user!.email === 'ehemalig61@musterstadt.example')).toBe(false);
  });

  it('sends nothing twice when the job runs again the same day', async () => {
    const before = (await f.stored()).length;
    const again = await f.runJob('report-reminders');
    expect(again.summary).toBe('0 Erinnerungen');
    expect(sink.received).toHaveLength(owing.length - 1);
    expect(await f.stored()).toHaveLength(before);
  });

  it('sends overdue notices for the period that was due yesterday, once', async () => {
    sink.reset();
    const run = await f.runJob('report-overdue');
    const missing = owing.length - 1;
    expect(run.summary).toBe(
      `${missing * 2} Überfällig-Hinweise, ${missing} E-Mails versendet, ${missing} ohne E-Mail (vom Empfänger abgeschaltet)`,
    );
    expect(sink.received.map((m) => m.subject).sort()).toEqual(
      owing
        .slice(1)
        .map((m) => `Sachstandsmeldung überfällig: ${m.code} ${m.title}`)
        .sort(),
    );
    const mail = sink.received[0];
    expect(mail.text).toContain(
      `für den Berichtszeitraum „${overdue.name}“ war am ${germanDate(overdue.dueDate)} fällig und liegt noch nicht vor.`,
    );
    // Reminders look ahead, notices look back: neither touched the other period.
    expect(sink.received.some((m) => m.text.includes(dueSoon.name))).toBe(false);

    expect((await f.runJob('report-overdue')).summary).toBe('0 Überfällig-Hinweise');
    expect(sink.received).toHaveLength(missing);
  });

  it('retries a temporary SMTP failure (451) with backoff and stores the attempts', async () => {
    sink.reset();
    const measure = drafted;
    const title = unique('Bauleitplanung abgestimmt ');
    const created = await t
      .http()
      .post(`/api/v1/measures/${measure.id}/milestones`)
      .set(f.cm())
      .send({ title, responsibleOrgUnitId: unit61.id, dueDate: addDays(f.today, 2) });
    expect(created.status).toBe(201);
    expect((await handoffMails(1))[0].subject).toBe(`Meilenstein übertragen: ${title} (${measure.code})`);
    sink.failNext(2, 451);

    const run = await f.runJob('milestone-reminders');
    expect(run.status).toBe('SUCCEEDED');
    const ours = sink.received.filter((m) => m.subject.includes(title));
    expect(ours).toHaveLength(1);
    expect(ours[0].subject).toBe(`Meilenstein fällig in 2 Tagen: ${title} (${measure.code})`);
    expect(ours[0].text).toContain(`ist in 2 Tagen fällig, am ${germanDate(addDays(f.today, 2))}`);
    const row = (await f.stored({ kind: 'MILESTONE_DUE' })).find((r) => r.title.includes(title) && r.user!.email === JONAS)!;
    expect(row).toMatchObject({ emailState: 'SENT', emailAttempts: 3, emailError: null });
    // The server saw three attempts for the first email: two refused, the third accepted.
    expect(sink.attempts.slice(0, 3)).toEqual([JONAS, JONAS, JONAS]);
  });

  it('gives up after the last retry of a server that keeps failing: FAILED, the error stored, the in-app notification kept', async () => {
    sink.reset();
    const title = unique('Gutachten beauftragt ');
    await t
      .http()
      .post(`/api/v1/measures/${drafted.id}/milestones`)
      .set(f.cm())
      .send({ title, responsibleOrgUnitId: unit61.id, dueDate: addDays(f.today, 13) });
    await handoffMails(1);
    sink.failAlways(451);

    const run = await f.runJob('milestone-reminders');
    expect(run.status).toBe('SUCCEEDED');
    expect(run.summary).toMatch(/^2 Meilenstein-Hinweise, 0 E-Mails versendet, 1 fehlgeschlagen, 1 ohne E-Mail/);
    expect(sink.received).toHaveLength(0);
    expect(sink.attempts).toEqual([JONAS, JONAS, JONAS, JONAS]);
    const row = (await f.stored({ kind: 'MILESTONE_DUE' })).find((r) => r.title.includes(title) && r.user!.email === JONAS)!;
    expect(row).toMatchObject({ emailState: 'FAILED', emailAttempts: 4, emailSentAt: null });
    expect(row.emailError).toMatch(/451/);

    const page: NotificationPage = (await t.http().get('/api/v1/notifications?unread=true&pageSize=100').set(f.dept())).body;
    expect(page.items.find((n) => n.id === row.id)).toMatchObject({
      kind: 'MILESTONE_DUE',
      readAt: null,
      email: { state: 'FAILED', attempts: 4 },
    });
  });

  it('does not retry a permanent refusal (550)', async () => {
    sink.reset();
    const title = unique('Satzungsbeschluss ');
    await t
      .http()
      .post(`/api/v1/measures/${drafted.id}/milestones`)
      .set(f.cm())
      .send({ title, responsibleOrgUnitId: unit61.id, dueDate: addDays(f.today, 1) });
    await handoffMails(1);
    sink.failAlways(550);
    const run = await f.runJob('milestone-reminders');
    expect(run.summary).toMatch(/1 fehlgeschlagen/);
    expect(sink.attempts).toEqual([JONAS]);
    const row = (await f.stored({ kind: 'MILESTONE_DUE' })).find((r) => r.title.includes(title) && r.user!.email === JONAS)!;
    expect(row).toMatchObject({ emailState: 'FAILED', emailAttempts: 1 });
    expect(row.emailError).toMatch(/550/);
    sink.reset();
  });

  it('tells the departments when a measure is assigned to them — after the commit, by email too', async () => {
    sink.reset();
    const field = await f.field();
    const unit66 = await f.unit('66');
    const code = unique('N-');
    const created = await t
      .http()
      .post('/api/v1/measures')
      .set(f.cm())
      .send({
        code,
        title: 'Radschnellweg Nord',
        fieldOfActionId: field.id,
        leadOrgUnitId: unit66.id,
        participatingOrgUnitIds: [unit61.id],
      });
    expect(created.status).toBe(201);
    const measure = created.body as Measure;
    // 66 has no accounts in the demo city: the climate manager hears that nobody there was told.
    const first = await handoffMails(2);
    const mail = first.find((m) => m.to[0] === JONAS)!;
    expect(first.find((m) => m.to[0] === 'klimaschutz@musterstadt.example')!.subject).toBe(
      'Nicht zugestellt: 66 Amt für Mobilität und Tiefbau hat keine aktiven Benutzerkonten',
    );
    expect(mail.subject).toBe(`Beteiligung: ${code} Radschnellweg Nord`);
    expect(mail.text).toContain(
      `Dr. Lena Vogt hat Ihrer Organisationseinheit Stadtplanungsamt die Maßnahme „${code} – Radschnellweg Nord“ als beteiligter Organisationseinheit zugeordnet.`,
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/massnahmen/${measure.id}`);

    // A change that does not touch the assignment tells nobody; taking over the lead does.
    const retitled = await t
      .http()
      .patch(`/api/v1/measures/${measure.id}`)
      .set(f.cm())
      .send({ summary: 'Trasse entlang der Bahn', version: measure.version });
    expect(retitled.status).toBe(200);
    const lead = await t
      .http()
      .patch(`/api/v1/measures/${measure.id}`)
      .set(f.cm())
      .send({ leadOrgUnitId: unit61.id, participatingOrgUnitIds: [unit66.id], version: retitled.body.version });
    expect(lead.status).toBe(200);
    const second = (await handoffMails(2)).find((m) => m.to[0] === JONAS)!;
    expect(second.subject).toBe(`Federführung: ${code} Radschnellweg Nord`);
    expect(second.text).toContain('federführend zugeordnet');
    const rows = (await f.stored({ kind: 'MEASURE_ASSIGNED' })).filter((r) => r.link === `/massnahmen/${measure.id}`);
    expect(rows.map((r) => `${r.user!.email} ${r.title}`).sort()).toEqual(
      [JONAS, 'umweltplanung@musterstadt.example']
        .flatMap((email) => [`${email} Beteiligung: ${code} Radschnellweg Nord`, `${email} Federführung: ${code} Radschnellweg Nord`])
        .sort(),
    );
  });

  it('sends the climate managers one weekly digest with the reports to review and the overdue ones, and lets features add sections', async () => {
    sink.reset();
    const digest = t.app.get(DigestService);
    expect(digest.sectionNames).toEqual(['reports-to-review', 'reports-overdue']);
    const run = await f.runJob('weekly-digest');
    expect(run.summary).toBe('1 Wochenübersicht, 1 E-Mail versendet');
    const [mail] = sink.received;
    expect(mail.to).toEqual(['klimaschutz@musterstadt.example']);
    const [year, week] = isoWeek(f.today).split('-W');
    expect(mail.subject).toBe(`Wochenübersicht Klimaschutz KW ${Number(week)}/${year}`);
    expect(mail.text).toContain('Guten Tag Dr. Lena Vogt,');
    expect(mail.text).toMatch(/Sachstandsmeldungen zur Prüfung \(\d+ neu seit der letzten Übersicht\)/);
    expect(mail.text).toContain(`– ${submitted.code} ${submitted.title} – Stadtplanungsamt, eingereicht am ${germanDate(f.today)}`);
    expect(mail.text).toMatch(/Insgesamt warten \d+ Sachstandsmeldungen auf Ihre Prüfung\./);
    const status = (await t.http().get(`/api/v1/reporting-periods/${overdue.id}/status`).set(f.cm())).body;
    expect(mail.text).toContain(
      `Überfällige Sachstandsmeldungen\n– ${overdue.name}: ${status.counts.missing} Sachstandsmeldungen fehlen (Abgabefrist ${germanDate(overdue.dueDate)})`,
    );
    // The digest leads to the review queue, not to the measure list.
    expect(mail.text).toContain(`Im Klimaschutz-Cockpit öffnen:\n${PUBLIC_URL}/pruefung\n`);
    expect(mail.textViaSloppyRelay).toBe(mail.text);
    expect((await f.runJob('weekly-digest')).summary).toBe('0 Wochenübersichten');
    expect(sink.received).toHaveLength(1);

    // Another feature contributes a section; a broken one costs only itself.
    digest.registerSection(
      'consultations',
      async () => ({
        title: 'Neue Beratungsanfragen (1)',
        lines: ['Beschaffung Dienstfahrzeuge – Hauptamt'],
        en: { title: 'New consultation requests (1)', lines: ['Beschaffung Dienstfahrzeuge – Hauptamt'] },
        link: '/beratungen',
      }),
      30,
    );
    digest.registerSection('broken', async () => {
      throw new Error('kaputt');
    });
    const nextWeek = await digest.sendWeeklyDigest(new Date(Date.now() + 7 * 86_400_000));
    expect(nextWeek).toMatchObject({ created: 1, delivery: { sent: 1, failed: 0 } });
    expect(sink.received[1].text).toContain('Neue Beratungsanfragen (1)\n– Beschaffung Dienstfahrzeuge – Hauptamt');
  });

  it('writes the digest’s week as „(22.11.2027 bis 29.11.2027)“ — also behind a relay that keeps SMTP’s dot-stuffing', async () => {
    sink.reset();
    // A Monday in a week with a two-digit number: the line is as long as the one the testers got as „(30..11.2026 bis …)“.
    const result = await t.app.get(DigestService).sendWeeklyDigest(new Date('2027-11-29T07:30:00+01:00'));
    expect(result.created).toBe(1);
    const [mail] = await sink.waitFor(1);
    expect(mail.subject).toBe('Wochenübersicht Klimaschutz KW 48/2027');
    for (const text of [mail.text, mail.textViaSloppyRelay]) {
      expect(text).toContain('Ihre Wochenübersicht für KW 48/2027 (22.11.2027 bis 29.11.2027):');
      expect(text).not.toMatch(/\d\.\./);
    }
  });

  describe('the notification centre of one user', () => {
    it('lists only the user’s own notifications, unread first, with link and email state', async () => {
      const page: NotificationPage = (await t.http().get('/api/v1/notifications?pageSize=100').set(f.dept())).body;
      const own = await f.stored();
      const jonas = own.filter((n) => n.user!.email === JONAS);
      expect(page.total).toBe(jonas.length);
      expect(page.unread).toBe(jonas.length);
      expect(page.items.map((n) => n.id).sort()).toEqual(jonas.map((n) => n.id).sort());
      const reminder = page.items.find(
        (n) => n.kind === 'REPORT_DUE' && Boolean(n.link?.startsWith(`/massnahmen/${drafted.id}/sachstand/neu?zeitraum=`)),
      )!;
      expect(reminder).toMatchObject({ readAt: null, email: { state: 'SENT', attempts: 1 } });
      expect(reminder.title).toBe(`Sachstandsmeldung fällig in 3 Tagen: ${drafted.code} ${drafted.title}`);
      expect(reminder.body).toContain(`Abgabefrist ist in 3 Tagen, am ${germanDate(dueSoon.dueDate)}`);

      const quiet: NotificationPage = (await t.http().get('/api/v1/notifications?pageSize=100').set(bearer(quietToken))).body;
      expect(quiet.items.length).toBeGreaterThan(0);
      expect(quiet.items.every((n) => n.email.state === 'SKIPPED')).toBe(true);
      expect(quiet.items.some((n) => page.items.some((m) => m.id === n.id))).toBe(false);
      // The climate manager's own: digests and hand-offs, no department's reminders.
      const kinds = new Set(
        (await t.http().get('/api/v1/notifications?pageSize=100').set(f.cm())).body.items.map((n: Notification) => n.kind),
      );
      expect([...kinds].sort()).toEqual(['ORG_UNIT_UNREACHABLE', 'REPORT_SUBMITTED', 'WEEKLY_DIGEST']);
    });

    it('marks one read, answers 404 for someone else’s, and marks all read', async () => {
      const page: NotificationPage = (await t.http().get('/api/v1/notifications?pageSize=5').set(f.dept())).body;
      expect(page.items).toHaveLength(5);
      expect(page.total).toBeGreaterThan(5);
      const first = page.items[0];
      const read = await t.http().post(`/api/v1/notifications/${first.id}/read`).set(f.dept());
      expect(read.status).toBe(200);
      expect(read.body.readAt).toBeTruthy();
      // Marking again changes nothing and keeps the first time.
      expect((await t.http().post(`/api/v1/notifications/${first.id}/read`).set(f.dept())).body.readAt).toBe(read.body.readAt);
      expect((await t.http().get('/api/v1/notifications/unread-count').set(f.dept())).body).toEqual({ unread: page.unread - 1 });

      // The read one moves behind the unread ones; ?unread=true leaves it out.
      const after: NotificationPage = (await t.http().get('/api/v1/notifications?pageSize=100').set(f.dept())).body;
      expect(after.items[after.items.length - 1].id).toBe(first.id);
      const unread: NotificationPage = (await t.http().get('/api/v1/notifications?unread=true&pageSize=100').set(f.dept())).body;
      expect(unread.total).toBe(page.unread - 1);
      expect(unread.items.some((n) => n.id === first.id)).toBe(false);

      const theirs: NotificationPage = (await t.http().get('/api/v1/notifications').set(bearer(quietToken))).body;
      const foreign = await t.http().post(`/api/v1/notifications/${theirs.items[0].id}/read`).set(f.dept());
      expect(foreign.status).toBe(404);
      expect(foreign.body.detail).toBe('Die Benachrichtigung wurde nicht gefunden.');
      expect((await t.http().get('/api/v1/notifications/unread-count').set(bearer(quietToken))).body.unread).toBe(theirs.unread);

      const all = await t.http().post('/api/v1/notifications/read-all').set(f.dept());
      expect(all.status).toBe(200);
      expect(all.body).toEqual({ marked: page.unread - 1, unread: 0 });
      expect((await t.http().get('/api/v1/notifications/unread-count').set(bearer(quietToken))).body.unread).toBe(theirs.unread);
    });
  });
});
