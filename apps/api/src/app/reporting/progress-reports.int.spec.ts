import type {
  AuditEvent,
  FieldOfAction,
  Inbox,
  Measure,
  OrgUnit,
  Page,
  ProgressReport,
  ReportingPeriod,
  User,
} from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { berlinToday } from './timeliness';

let seq = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${seq++}`.toUpperCase();
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('progress reports (Sachstandsmeldungen)', () => {
  let t: TestApp;
  let field: FieldOfAction;
  let own: OrgUnit; // 61, the demo department user's unit
  let other: OrgUnit; // 66, a unit the department user does not belong to
  let third: OrgUnit; // 36
  let openPeriod: ReportingPeriod;
  let closedPeriod: ReportingPeriod;
  const cm = () => bearer(t.tokens.climateManager);
  const dept = () => bearer(t.tokens.department);
  const exec = () => bearer(t.tokens.executive);

  const reportCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM progress_reports'))[0].n);
  const auditCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM audit_events'))[0].n);
  const stored = async () => [await reportCount(), await auditCount()];

  const newMeasure = async (lead: OrgUnit, participants: OrgUnit[] = [], extra: Record<string, unknown> = {}) => {
    const response = await t
      .http()
      .post('/api/v1/measures')
      .set(cm())
      .send({
        code: unique('R-'),
        title: 'Testmaßnahme für Sachstandsmeldungen',
        fieldOfActionId: field.id,
        leadOrgUnitId: lead.id,
        participatingOrgUnitIds: participants.map((p) => p.id),
        status: 'IN_PROGRESS',
        assessment: 'ON_TRACK',
        progressPercent: 20,
        ...extra,
      });
    expect(response.status).toBe(201);
    return response.body as Measure;
  };
  const newPeriod = async (extra: Record<string, unknown> = {}) => {
    const response = await t
      .http()
      .post('/api/v1/reporting-periods')
      .set(cm())
      .send({ name: unique('Quartal '), startDate: '2027-01-01', endDate: '2027-03-31', dueDate: '2027-04-30', ...extra });
    expect(response.status).toBe(201);
    return response.body as ReportingPeriod;
  };
  const post = (measure: Measure, token: { Authorization: string }, body: Record<string, unknown>) =>
    t.http().post(`/api/v1/measures/${measure.id}/progress-reports`).set(token).send(body);
  const review = (r: ProgressReport, decision: string, comment?: string, version = r.version) =>
    t.http().post(`/api/v1/progress-reports/${r.id}/review`).set(cm()).send({ decision, comment, version });
  const getMeasure = async (id: string) => (await t.http().get(`/api/v1/measures/${id}`).set(cm())).body as Measure;
  const getReport = async (id: string) => (await t.http().get(`/api/v1/progress-reports/${id}`).set(cm())).body as ProgressReport;

  beforeAll(async () => {
    t = await createTestApp();
    field = (await t.http().get('/api/v1/fields-of-action').set(cm())).body.items[0];
    const units: OrgUnit[] = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items;
    const me: User = (await t.http().get('/api/v1/auth/me').set(dept())).body;
    own = units.find((u) => u.id === me.orgUnit!.id)!;
    other = units.find((u) => u.code === '66')!;
    third = units.find((u) => u.code === '36')!;
    const periods: ReportingPeriod[] = (await t.http().get('/api/v1/reporting-periods').set(cm())).body.items;
    closedPeriod = periods.find((p) => p.closed)!;
    openPeriod = await newPeriod();
  });
  afterAll(() => t.close());

  describe('who may report', () => {
    it('lets a department report on a measure its org unit leads, and on one it takes part in', async () => {
      const lead = await newMeasure(own);
      const part = await newMeasure(other, [own]);
      const asLead = await post(lead, dept(), { periodId: openPeriod.id, text: 'Entwurf des Sachstands.' });
      expect(asLead.status).toBe(201);
      expect(asLead.body).toMatchObject({
        state: 'DRAFT',
        revision: 1,
        orgUnit: { id: own.id },
        orgUnitRole: 'LEAD',
        author: { displayName: 'Jonas Petersen' },
        period: { id: openPeriod.id },
        // A first report starts from the measure's current state.
        status: 'IN_PROGRESS',
        assessment: 'ON_TRACK',
        progressPercent: 20,
        submittedAt: null,
        review: null,
        permissions: { edit: true, submit: true, revise: false, review: false },
      });
      const asParticipant = await post(part, dept(), { periodId: openPeriod.id, text: 'Beitrag des Stadtplanungsamts.', submit: true });
      expect(asParticipant.status).toBe(201);
      expect(asParticipant.body).toMatchObject({ state: 'SUBMITTED', orgUnitRole: 'PARTICIPANT', orgUnit: { id: own.id } });
      expect(asParticipant.body.submittedAt).toBeTruthy();

      const history: AuditEvent[] = (await t.http().get(`/api/v1/measures/${lead.id}/audit-events`).set(cm())).body.items;
      expect(history[0]).toMatchObject({ action: 'CREATE', entityType: 'progress_report', entityId: asLead.body.id });
      expect(history[0].entityLabel).toContain(openPeriod.name);
    });

    it('refuses a department on measures of other units with 403 — also when guessing IDs — and stores nothing', async () => {
      const foreign = await newMeasure(other, [third]);
      const before = await stored();
      const attempt = await post(foreign, dept(), { periodId: openPeriod.id, text: 'Ich melde für ein fremdes Amt.', submit: true });
      expect(attempt.status).toBe(403);
      expect(attempt.body.detail).toMatch(/weder federführend noch beteiligt/);
      expect(await stored()).toEqual(before);

      // Reports of other units: a draft stays invisible (404), any write is refused (403).
      const theirDraft = (await post(foreign, cm(), { periodId: openPeriod.id, text: 'Entwurf des Tiefbauamts.' })).body as ProgressReport;
      expect(theirDraft.orgUnit.id).toBe(other.id);
      expect((await t.http().get(`/api/v1/progress-reports/${theirDraft.id}`).set(dept())).status).toBe(404);
      expect(
        (await t.http().patch(`/api/v1/progress-reports/${theirDraft.id}`).set(dept()).send({ text: 'Übernommen', version: 1 })).status,
      ).toBe(403);
      expect((await t.http().post(`/api/v1/progress-reports/${theirDraft.id}/submit`).set(dept()).send({ version: 1 })).status).toBe(403);
      const theirs = (await post(await newMeasure(other), cm(), { text: 'Eingereicht vom Tiefbauamt.', submit: true }))
        .body as ProgressReport;
      expect((await review(theirs, 'REQUEST_REVISION', 'Bitte ergänzen.')).status).toBe(200);
      expect((await t.http().post(`/api/v1/progress-reports/${theirs.id}/revise`).set(dept()).send({})).status).toBe(403);
      expect((await getReport(theirDraft.id)).text).toBe('Entwurf des Tiefbauamts.');

      // Reporting in the name of another unit, reviewing, or unknown IDs.
      const mine = await newMeasure(own, [other]);
      expect((await post(mine, dept(), { orgUnitId: other.id, text: 'Im Namen des Tiefbauamts' })).status).toBe(403);
      const submitted = (await post(mine, dept(), { text: 'Mein Sachstand', submit: true })).body as ProgressReport;
      expect(
        (await t.http().post(`/api/v1/progress-reports/${submitted.id}/review`).set(dept()).send({ decision: 'ACCEPT', version: 1 }))
          .status,
      ).toBe(403);
      expect((await getReport(submitted.id)).state).toBe('SUBMITTED');
      expect((await t.http().post(`/api/v1/measures/${NO_SUCH_ID}/progress-reports`).set(dept()).send({ text: 'x' })).status).toBe(404);
      expect((await t.http().patch(`/api/v1/progress-reports/${NO_SUCH_ID}`).set(dept()).send({ version: 1 })).status).toBe(404);
      const malformed = await t.http().get('/api/v1/progress-reports/not-a-uuid').set(dept());
      expect(malformed.status).toBe(400);
      expect(malformed.body.detail).toBe('Der Pfadparameter „id“ muss eine UUID sein.');
    });

    it("ends a department's right to edit its draft when its unit is taken off the measure", async () => {
      const measure = await newMeasure(other, [own]);
      const draft = (await post(measure, dept(), { text: 'Unser Beitrag' })).body as ProgressReport;
      const current = await getMeasure(measure.id);
      expect(
        (await t.http().patch(`/api/v1/measures/${measure.id}`).set(cm()).send({ participatingOrgUnitIds: [], version: current.version }))
          .status,
      ).toBe(200);
      expect(
        (await t.http().patch(`/api/v1/progress-reports/${draft.id}`).set(dept()).send({ text: 'Noch ergänzt', version: draft.version }))
          .status,
      ).toBe(403);
    });

    it('lets a climate manager record a report on behalf of the lead or a participant, but not of an uninvolved unit', async () => {
      const measure = await newMeasure(other, [third]);
      const forLead = await post(measure, cm(), { text: 'Telefonisch übermittelt.' });
      expect(forLead.body).toMatchObject({ orgUnit: { id: other.id }, orgUnitRole: 'LEAD', author: { displayName: 'Dr. Lena Vogt' } });
      const forParticipant = await post(measure, cm(), { orgUnitId: third.id, text: 'Beitrag des Umweltamts.' });
      expect(forParticipant.body).toMatchObject({ orgUnit: { id: third.id }, orgUnitRole: 'PARTICIPANT' });
      const uninvolved = await post(measure, cm(), { orgUnitId: own.id, text: 'x' });
      expect(uninvolved.status).toBe(400);
      expect(uninvolved.body.errors[0].field).toBe('orgUnitId');
    });
  });

  describe('executive', () => {
    it('reads reports, the review queue and the period status, and may write nothing', async () => {
      const measure = await newMeasure(own);
      const report = (await post(measure, dept(), { periodId: openPeriod.id, text: 'Sachstand zum Lesen.', submit: true }))
        .body as ProgressReport;
      for (const path of [
        `/api/v1/measures/${measure.id}/progress-reports`,
        `/api/v1/progress-reports/${report.id}`,
        '/api/v1/progress-reports?state=SUBMITTED',
        `/api/v1/reporting-periods/${openPeriod.id}/status`,
        '/api/v1/reporting-periods',
      ]) {
        expect([path, (await t.http().get(path).set(exec())).status]).toEqual([path, 200]);
      }
      const read = (await t.http().get(`/api/v1/progress-reports/${report.id}`).set(exec())).body as ProgressReport;
      expect(read.permissions).toEqual({ edit: false, submit: false, revise: false, review: false });

      const before = await stored();
      const writes = [
        t.http().post(`/api/v1/measures/${measure.id}/progress-reports`).set(exec()).send({ text: 'x' }),
        t.http().patch(`/api/v1/progress-reports/${report.id}`).set(exec()).send({ text: 'x', version: report.version }),
        t.http().post(`/api/v1/progress-reports/${report.id}/submit`).set(exec()).send({ version: report.version }),
        t.http().post(`/api/v1/progress-reports/${report.id}/review`).set(exec()).send({ decision: 'ACCEPT', version: report.version }),
        t.http().post(`/api/v1/progress-reports/${report.id}/revise`).set(exec()).send({}),
        t
          .http()
          .post('/api/v1/reporting-periods')
          .set(exec())
          .send({ name: 'Q9', startDate: '2030-01-01', endDate: '2030-03-31', dueDate: '2030-04-15' }),
        t.http().patch(`/api/v1/reporting-periods/${openPeriod.id}`).set(exec()).send({ closed: true, version: openPeriod.version }),
        t.http().post(`/api/v1/reporting-periods/${openPeriod.id}/close`).set(exec()),
        t.http().get('/api/v1/me/inbox').set(exec()),
      ];
      for (const response of await Promise.all(writes)) expect(response.status).toBe(403);
      expect(await stored()).toEqual(before);
      expect((await getReport(report.id)).state).toBe('SUBMITTED');
    });
  });

  describe('closed periods', () => {
    it('refuses a report for a closed period with a clear message and stores nothing', async () => {
      const measure = await newMeasure(own);
      const before = await stored();
      const response = await post(measure, dept(), { periodId: closedPeriod.id, text: 'Nachgereicht.', submit: true });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
      expect(response.body.detail).toBe(
        `Der Berichtszeitraum „${closedPeriod.name}“ ist abgeschlossen. Sachstandsmeldungen dafür können nicht mehr angelegt, geändert oder eingereicht werden.`,
      );
      expect(response.body.errors).toEqual([
        { field: 'periodId', message: `Der Berichtszeitraum „${closedPeriod.name}“ ist abgeschlossen.` },
      ]);
      expect(await stored()).toEqual(before);
      // Climate managers are held to the same rule.
      expect((await post(measure, cm(), { periodId: closedPeriod.id, text: 'x' })).status).toBe(400);
    });

    it('refuses editing and submitting a draft once its period is closed, and allows it after reopening', async () => {
      const period = await newPeriod();
      const measure = await newMeasure(own);
      const draft = (await post(measure, dept(), { periodId: period.id, text: 'Fast fertig.' })).body as ProgressReport;
      const closed = await t.http().post(`/api/v1/reporting-periods/${period.id}/close`).set(cm());
      expect(closed.status).toBe(200);
      expect((await t.http().get(`/api/v1/progress-reports/${draft.id}`).set(dept())).body.permissions.submit).toBe(false);
      const late = await t.http().post(`/api/v1/progress-reports/${draft.id}/submit`).set(dept()).send({ version: draft.version });
      expect(late.status).toBe(400);
      expect(late.body.detail).toMatch(/abgeschlossen/);
      expect(
        (await t.http().patch(`/api/v1/progress-reports/${draft.id}`).set(dept()).send({ text: 'x', version: draft.version })).status,
      ).toBe(400);
      const reopened = await t
        .http()
        .patch(`/api/v1/reporting-periods/${period.id}`)
        .set(cm())
        .send({ closed: false, version: closed.body.version });
      expect(reopened.status).toBe(200);
      expect((await t.http().post(`/api/v1/progress-reports/${draft.id}/submit`).set(dept()).send({ version: draft.version })).status).toBe(
        200,
      );
    });
  });

  describe('validation', () => {
    let measure: Measure;
    beforeAll(async () => {
      measure = await newMeasure(own);
    });

    it.each([
      ['progress above 100', { progressPercent: 101 }, 'progressPercent'],
      ['negative progress', { progressPercent: -5 }, 'progressPercent'],
      ['fractional progress', { progressPercent: 50.5 }, 'progressPercent'],
      ['progress as text', { progressPercent: '50' }, 'progressPercent'],
      ['null progress', { progressPercent: null }, 'progressPercent'],
      ['an unknown status', { status: 'DONE' }, 'status'],
      ['a null status', { status: null }, 'status'],
      ['an unknown assessment', { assessment: 'GREEN' }, 'assessment'],
      ['a lower-case assessment', { assessment: 'on_track' }, 'assessment'],
      ['negative costs', { actualCostsEur: -1 }, 'actualCostsEur'],
      ['effort as text', { staffEffortHours: 'viel' }, 'staffEffortHours'],
      ['an oversized Sachstand', { text: 'x'.repeat(20001) }, 'text'],
      ['a malformed period id', { periodId: 'sachstand-2026' }, 'periodId'],
      ['a non-existent period', { periodId: NO_SUCH_ID }, 'periodId'],
      ['submit as text', { submit: 'ja' }, 'submit'],
      ['an unknown field', { state: 'ACCEPTED' }, 'state'],
      ['a submission without Sachstand', { submit: true, text: '   ' }, 'text'],
    ])('refuses %s with 400 naming the field, storing nothing', async (_name, change, fieldName) => {
      const before = await stored();
      const response = await post(measure, dept(), { periodId: openPeriod.id, text: 'Sachstand', ...change });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(fieldName);
      expect(response.body.errors.every((e: { message: string }) => e.message.length > 5)).toBe(true);
      expect(await stored()).toEqual(before);
    });

    it('refuses invalid values on PATCH and leaves the draft unchanged', async () => {
      const draft = (await post(await newMeasure(own), dept(), { text: 'Stand' })).body as ProgressReport;
      for (const change of [{ progressPercent: 150 }, { status: 'FERTIG' }, { assessment: 'RED' }, { version: 'eins' }]) {
        const response = await t
          .http()
          .patch(`/api/v1/progress-reports/${draft.id}`)
          .set(dept())
          .send({ version: draft.version, ...change });
        expect(response.status).toBe(400);
      }
      expect(await getReport(draft.id)).toMatchObject({ progressPercent: 20, status: 'IN_PROGRESS', assessment: 'ON_TRACK', version: 1 });
    });

    it('refuses a submission without Sachstand, and a revision request without comment', async () => {
      const draft = (await post(await newMeasure(own), dept(), {})).body as ProgressReport;
      const submit = await t.http().post(`/api/v1/progress-reports/${draft.id}/submit`).set(dept()).send({ version: draft.version });
      expect(submit.status).toBe(400);
      expect(submit.body.errors[0].field).toBe('text');
      const sent = (await post(await newMeasure(own), dept(), { text: 'Sachstand', submit: true })).body as ProgressReport;
      const noComment = await review(sent, 'REQUEST_REVISION');
      expect(noComment.status).toBe(400);
      expect(noComment.body.errors[0].field).toBe('comment');
      expect((await review(sent, 'MAYBE')).status).toBe(400);
      expect((await getReport(sent.id)).state).toBe('SUBMITTED');
    });
  });

  describe('from draft to accepted report', () => {
    it('saves a draft, submits it, takes a revision request, accepts the new version and updates the measure — nothing edited in place', async () => {
      const measure = await newMeasure(own, [], { ghgReductionAchievedT: 10 });
      const period = await newPeriod();

      // Draft, edited with the version read; a stale version is refused.
      const draft = (await post(measure, dept(), { periodId: period.id, text: 'Erste Notizen.' })).body as ProgressReport;
      const edited = await t.http().patch(`/api/v1/progress-reports/${draft.id}`).set(dept()).send({
        status: 'DELAYED',
        assessment: 'AT_RISK',
        progressPercent: 35,
        text: 'Die Ausschreibung ist veröffentlicht.',
        obstacles: 'Personalengpass.',
        nextSteps: 'Vergabe im März.',
        milestonesReached: 'Planung abgeschlossen',
        actualCostsEur: 12000,
        staffEffortHours: 160,
        ghgReductionAchievedT: 25,
        version: 1,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ state: 'DRAFT', progressPercent: 35, version: 2 });
      expect((await t.http().patch(`/api/v1/progress-reports/${draft.id}`).set(dept()).send({ text: 'Veraltet', version: 1 })).status).toBe(
        409,
      );
      // A second report for the same measure and period while the draft is open.
      expect((await post(measure, dept(), { periodId: period.id, text: 'Zweiter Versuch' })).status).toBe(409);

      const submitted = await t.http().post(`/api/v1/progress-reports/${draft.id}/submit`).set(dept()).send({ version: 2 });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ state: 'SUBMITTED', version: 3 });
      // Submitted means final: no more edits, no second submission.
      expect(
        (await t.http().patch(`/api/v1/progress-reports/${draft.id}`).set(dept()).send({ text: 'Nachträglich', version: 3 })).status,
      ).toBe(409);
      expect((await t.http().post(`/api/v1/progress-reports/${draft.id}/submit`).set(dept()).send({ version: 3 })).status).toBe(409);

      // The climate manager sends it back with a comment; the department sees it in its inbox.
      const sentBack = await review(submitted.body, 'REQUEST_REVISION', 'Bitte den neuen Termin für die Vergabe nennen.');
      expect(sentBack.status).toBe(200);
      expect(sentBack.body).toMatchObject({
        state: 'REVISION_REQUESTED',
        review: { decision: 'REQUEST_REVISION', comment: 'Bitte den neuen Termin für die Vergabe nennen.' },
      });
      expect(sentBack.body.permissions.revise).toBe(false); // the reviewer did not write it
      const inbox: Inbox = (await t.http().get('/api/v1/me/inbox').set(dept())).body;
      const item = inbox.items.find((i) => i.measure.id === measure.id && i.period.id === period.id)!;
      expect(item).toMatchObject({
        reportState: 'REVISION_REQUESTED',
        revisionComment: 'Bitte den neuen Termin für die Vergabe nennen.',
        expected: true,
      });
      expect((await getMeasure(measure.id)).status).toBe('IN_PROGRESS');

      // A new version, prefilled from the old one, linked to it.
      const revised = await t
        .http()
        .post(`/api/v1/progress-reports/${draft.id}/revise`)
        .set(dept())
        .send({ nextSteps: 'Vergabe am 15.04.' });
      expect(revised.status).toBe(201);
      expect(revised.body).toMatchObject({
        state: 'DRAFT',
        revision: 2,
        supersedesId: draft.id,
        status: 'DELAYED',
        assessment: 'AT_RISK',
        progressPercent: 35,
        text: 'Die Ausschreibung ist veröffentlicht.',
        nextSteps: 'Vergabe am 15.04.',
        actualCostsEur: 12000,
      });
      expect((await t.http().post(`/api/v1/progress-reports/${draft.id}/revise`).set(dept()).send({})).status).toBe(409);
      const inboxAfter: Inbox = (await t.http().get('/api/v1/me/inbox').set(dept())).body;
      expect(inboxAfter.items.find((i) => i.measure.id === measure.id && i.period.id === period.id)).toMatchObject({
        reportState: 'DRAFT',
        revisionComment: 'Bitte den neuen Termin für die Vergabe nennen.',
      });
      const resubmitted = await t
        .http()
        .post(`/api/v1/progress-reports/${revised.body.id}/submit`)
        .set(dept())
        .send({ version: revised.body.version });
      expect(resubmitted.status).toBe(200);

      // Accepting updates the measure in the same transaction, with a new version and an audit entry.
      const before = await getMeasure(measure.id);
      const accepted = await review(resubmitted.body, 'ACCEPT');
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        state: 'ACCEPTED',
        appliedToMeasure: true,
        review: { decision: 'ACCEPT', reviewer: { displayName: 'Dr. Lena Vogt' } },
      });
      const after = await getMeasure(measure.id);
      expect(after).toMatchObject({
        status: 'DELAYED',
        assessment: 'AT_RISK',
        progressPercent: 35,
        ghgReductionAchievedT: 25,
        version: before.version + 1,
      });
      const history: AuditEvent[] = (await t.http().get(`/api/v1/measures/${measure.id}/audit-events`).set(cm())).body.items;
      expect(history[0]).toMatchObject({ entityType: 'measure', action: 'UPDATE' });
      expect(history[0].changes).toEqual([
        { field: 'status', before: 'IN_PROGRESS', after: 'DELAYED' },
        { field: 'assessment', before: 'ON_TRACK', after: 'AT_RISK' },
        { field: 'progressPercent', before: 20, after: 35 },
        { field: 'ghgReductionAchievedT', before: 10, after: 25 },
      ]);
      expect(history[1]).toMatchObject({ entityType: 'progress_report', entityId: revised.body.id });
      expect(history[1].changes).toEqual(expect.arrayContaining([{ field: 'state', before: 'SUBMITTED', after: 'ACCEPTED' }]));

      // The old version stays as history; accepted reports are final.
      const old = await getReport(draft.id);
      expect(old).toMatchObject({
        state: 'REVISION_REQUESTED',
        supersededById: revised.body.id,
        text: 'Die Ausschreibung ist veröffentlicht.',
        nextSteps: 'Vergabe im März.',
      });
      expect(await review(accepted.body, 'REQUEST_REVISION', 'Doch nicht')).toMatchObject({ status: 409 });
      expect(
        (
          await t
            .http()
            .patch(`/api/v1/progress-reports/${revised.body.id}`)
            .set(dept())
            .send({ text: 'x', version: accepted.body.version })
        ).status,
      ).toBe(409);
      expect((await post(measure, dept(), { periodId: period.id, text: 'Noch einer' })).status).toBe(409);
      const timeline: Page<ProgressReport> = (await t.http().get(`/api/v1/measures/${measure.id}/progress-reports`).set(exec())).body;
      expect(timeline.items.map((r) => [r.revision, r.state])).toEqual([
        [2, 'ACCEPTED'],
        [1, 'REVISION_REQUESTED'],
      ]);
    });

    it('supersedes the sent-back report when the department simply posts a new one for the same period', async () => {
      const measure = await newMeasure(own);
      const first = (await post(measure, dept(), { periodId: openPeriod.id, text: 'Kurz.', submit: true })).body as ProgressReport;
      await review(first, 'REQUEST_REVISION', 'Zu knapp.');
      const second = await post(measure, dept(), { periodId: openPeriod.id, text: 'Ausführlich.', progressPercent: 30, submit: true });
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ revision: 2, supersedesId: first.id, state: 'SUBMITTED' });
    });

    it("keeps the measure as it is when a participant's contribution is accepted, or a report of an older period after a newer one", async () => {
      const measure = await newMeasure(other, [own]);
      const contribution = (
        await post(measure, dept(), { text: 'Unser Teil läuft.', status: 'COMPLETED', progressPercent: 100, submit: true })
      ).body as ProgressReport;
      const accepted = await review(contribution, 'ACCEPT');
      expect(accepted.body).toMatchObject({ state: 'ACCEPTED', appliedToMeasure: false });
      expect(await getMeasure(measure.id)).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 20, version: 1 });

      const older = await newPeriod({ startDate: '2026-07-01', endDate: '2026-09-30', dueDate: '2026-10-15' });
      const newer = await newPeriod({ startDate: '2026-10-01', endDate: '2026-12-31', dueDate: '2027-01-15' });
      const late = (await post(measure, cm(), { periodId: older.id, text: 'Stand Q3', progressPercent: 30, submit: true }))
        .body as ProgressReport;
      const current = (await post(measure, cm(), { periodId: newer.id, text: 'Stand Q4', progressPercent: 45, submit: true }))
        .body as ProgressReport;
      expect((await review(current, 'ACCEPT')).body.appliedToMeasure).toBe(true);
      expect((await review(late, 'ACCEPT')).body.appliedToMeasure).toBe(false);
      expect((await getMeasure(measure.id)).progressPercent).toBe(45);
    });
  });

  describe('concurrent review', () => {
    it('lets exactly one of two simultaneous reviews of the same report win; the other gets 409', async () => {
      const measure = await newMeasure(own);
      const report = (await post(measure, dept(), { periodId: openPeriod.id, text: 'Sachstand', progressPercent: 50, submit: true }))
        .body as ProgressReport;
      const results = await Promise.all([review(report, 'ACCEPT'), review(report, 'REQUEST_REVISION', 'Bitte ergänzen.')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.detail).toMatch(/geprüft|geändert/);
      const winner = results.find((r) => r.status === 200)!;
      const final = await getReport(report.id);
      expect(final.state).toBe(winner.body.state);
      const events = (await t.http().get(`/api/v1/audit-events?entityId=${report.id}`).set(cm())).body.items as AuditEvent[];
      expect(events.filter((e) => e.changes.some((c) => c.field === 'state' && c.before === 'SUBMITTED'))).toHaveLength(1);
      expect((await getMeasure(measure.id)).progressPercent).toBe(final.state === 'ACCEPTED' ? 50 : 20);
    });

    it('lets only one of two simultaneous first reports for the same measure and period through', async () => {
      const measure = await newMeasure(own);
      const results = await Promise.all(
        ['A', 'B'].map((who) => post(measure, dept(), { periodId: openPeriod.id, text: `Fassung ${who}` })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const list: Page<ProgressReport> = (await t.http().get(`/api/v1/measures/${measure.id}/progress-reports`).set(dept())).body;
      expect(list.total).toBe(1);
    });

    it('answers a review with a stale version with 409 and changes nothing', async () => {
      const measure = await newMeasure(own);
      const report = (await post(measure, dept(), { text: 'Sachstand', submit: true })).body as ProgressReport;
      const stale = await review(report, 'ACCEPT', undefined, report.version - 1 || 99);
      expect(stale.status).toBe(409);
      expect((await getReport(report.id)).state).toBe('SUBMITTED');
    });
  });

  describe('inbox', () => {
    it('flags what is overdue and lists open milestones of the unit across measures', async () => {
      const today = berlinToday();
      const due = await newPeriod({ startDate: shift(today, -60), endDate: shift(today, -10), dueDate: shift(today, -3) });
      const measure = await newMeasure(own);
      const milestone = await t
        .http()
        .post(`/api/v1/measures/${measure.id}/milestones`)
        .set(cm())
        .send({ title: 'Bebauungsplan offengelegt', responsibleOrgUnitId: own.id, dueDate: shift(today, -1) });
      expect(milestone.status).toBe(201);
      const inbox: Inbox = (await t.http().get('/api/v1/me/inbox').set(dept())).body;
      expect(inbox.items.find((i) => i.measure.id === measure.id && i.period.id === due.id)).toMatchObject({
        expected: true,
        reportState: 'NONE',
        overdue: true,
        timeliness: 'MISSING',
      });
      expect(inbox.milestones.find((m) => m.id === milestone.body.id)).toMatchObject({ overdue: true, measure: { id: measure.id } });
      expect(inbox.counts.overdue).toBeGreaterThanOrEqual(1);

      // Once the report is in, it is no longer overdue (but late).
      await post(measure, dept(), { periodId: due.id, text: 'Nachgereicht', submit: true });
      const after: Inbox = (await t.http().get('/api/v1/me/inbox').set(dept())).body;
      expect(after.items.find((i) => i.measure.id === measure.id && i.period.id === due.id)).toMatchObject({
        overdue: false,
        reportState: 'SUBMITTED',
        timeliness: 'LATE',
      });
    });

    it('lists drafts outside the open periods, and answers the climate managers for their own unit', async () => {
      const measure = await newMeasure(own);
      const draft = (await post(measure, dept(), { text: 'Ohne Zeitraum' })).body as ProgressReport;
      const inbox: Inbox = (await t.http().get('/api/v1/me/inbox').set(dept())).body;
      expect(inbox.otherDrafts.map((d) => d.id)).toContain(draft.id);
      const cmInbox: Inbox = (await t.http().get('/api/v1/me/inbox').set(cm())).body;
      expect(cmInbox.orgUnit!.code).toBe('KS');
      expect(cmInbox.items.every((i) => i.role === 'LEAD' || i.role === 'PARTICIPANT')).toBe(true);
    });
  });
});
