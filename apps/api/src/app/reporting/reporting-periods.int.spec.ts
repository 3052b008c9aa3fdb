import type {
  AuditEvent,
  FieldOfAction,
  Inbox,
  Measure,
  MeasureSummary,
  Page,
  ProgressReport,
  ReportingPeriod,
  ReportingPeriodStatus,
  ReviewQueueItem,
  User,
} from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { berlinToday } from './timeliness';

const shift = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('reporting periods, demo reports and timeliness', () => {
  let t: TestApp;
  let periods: ReportingPeriod[];
  const cm = () => bearer(t.tokens.climateManager);
  const periodNamed = (name: string) => periods.find((p) => p.name === name)!;
  const status = async (id: string) =>
    (await t.http().get(`/api/v1/reporting-periods/${id}/status`).set(bearer(t.tokens.executive))).body as ReportingPeriodStatus;
  const byCode = async (code: string) =>
    ((await t.http().get(`/api/v1/measures?q=${code}`).set(cm())).body as Page<MeasureSummary>).items.find((m) => m.code === code)!;

  beforeAll(async () => {
    t = await createTestApp();
    periods = (await t.http().get('/api/v1/reporting-periods').set(bearer(t.tokens.department))).body.items;
  });
  afterAll(() => t.close());

  describe('the demo city', () => {
    it('ships one closed and one open period, newest first', () => {
      expect(periods.map((p) => [p.name, p.startDate, p.endDate, p.dueDate, p.closed])).toEqual([
        ['Sachstand 2026', '2026-01-01', '2026-12-31', '2026-12-15', false],
        ['Sachstand 2025', '2025-01-01', '2025-12-31', '2026-01-31', true],
      ]);
    });

    it('has accepted reports for most active measures in 2025 — some late, a few missing', async () => {
      const s = await status(periodNamed('Sachstand 2025').id);
      expect(s.counts).toMatchObject({
        expected: 33,
        submitted: 29,
        accepted: 29,
        inReview: 0,
        missing: 4,
        overdue: 4,
        pending: 0,
        late: 4,
        onTime: 25,
      });
      expect(
        s.measures
          .filter((m) => m.timeliness === 'MISSING')
          .map((m) => m.measure.code)
          .sort(),
      ).toEqual(['A-05', 'G-06', 'M-07', 'W-04']);
    });

    it('gives the per-org-unit counts alone, as the cockpit needs them, equal to the full status', async () => {
      const id = periodNamed('Sachstand 2025').id;
      const response = await t.http().get(`/api/v1/reporting-periods/${id}/status/org-units`).set(bearer(t.tokens.executive));
      expect(response.status).toBe(200);
      expect(response.body).toEqual((await status(id)).byOrgUnit);
      expect(response.body.length).toBeGreaterThan(1);
      expect((await t.http().get('/api/v1/reporting-periods/00000000-0000-4000-8000-000000000000/status/org-units').set(cm())).status).toBe(
        404,
      );
    });

    it('has a realistic mix in the open period 2026, and flags measures without an accepted report in two periods', async () => {
      const s = await status(periodNamed('Sachstand 2026').id);
      expect(s.counts).toMatchObject({
        expected: 33,
        submitted: 15,
        inReview: 6,
        accepted: 8,
        revisionRequested: 1,
        missing: 18,
        drafts: 3,
        stale: 4,
      });
      // Not due before 15.12.2026: what is missing is pending, not overdue (as of the demo's 24.11.2026).
      if (s.asOf <= '2026-12-15') expect(s.counts).toMatchObject({ pending: 18, overdue: 0, onTime: 15, late: 0 });
      expect(
        s.measures
          .filter((m) => m.stale)
          .map((m) => m.measure.code)
          .sort(),
      ).toEqual(['A-05', 'G-06', 'M-07', 'W-04']);
      const unit61 = s.byOrgUnit.find((u) => u.orgUnit.code === '61')!;
      expect(unit61).toMatchObject({ expected: 4, submitted: 2, inReview: 1, revisionRequested: 1, missing: 2, drafts: 1 });
      expect(s.measures.find((m) => m.measure.code === 'M-01')).toMatchObject({ reportState: 'NONE', participantReports: 1 });
    });

    it('fills the review queue, each item beside the previous accepted report of the same measure', async () => {
      const queue: Page<ReviewQueueItem> = (await t.http().get('/api/v1/progress-reports?state=SUBMITTED&pageSize=100').set(cm())).body;
      expect(queue.total).toBe(7);
      expect(queue.items.every((r) => r.state === 'SUBMITTED' && r.permissions.review)).toBe(true);
      const submitted = queue.items.map((r) => r.submittedAt!);
      expect([...submitted].sort()).toEqual(submitted);
      const g04 = queue.items.find((r) => r.measure.code === 'G-04')!;
      expect(g04.period!.name).toBe('Sachstand 2026');
      expect(g04.previousAccepted).toMatchObject({ state: 'ACCEPTED', period: { name: 'Sachstand 2025' }, orgUnit: { code: '61' } });
      expect(g04.progressPercent).toBeGreaterThan(g04.previousAccepted!.progressPercent);
      for (const r of queue.items) {
        expect(r.text!.length).toBeGreaterThan(40);
        expect(r.text).toMatch(/[äöüß]|Sachstand|Umsetzung|Beitrag/);
      }
      const byUnit: Page<ReviewQueueItem> = (
        await t.http().get(`/api/v1/progress-reports?state=SUBMITTED&orgUnitId=${g04.orgUnit.id}`).set(cm())
      ).body;
      expect(byUnit.items.map((r) => r.measure.code).sort()).toEqual(['G-04', 'M-01']);
    });

    it('gives the Stadtplanungsamt an inbox with a due report, a draft, a revision request and open milestones', async () => {
      const inbox: Inbox = (await t.http().get('/api/v1/me/inbox').set(bearer(t.tokens.department))).body;
      expect(inbox.orgUnit!.code).toBe('61');
      expect(inbox.openPeriods.map((p) => p.name)).toEqual(['Sachstand 2026']);
      const item = (code: string) => inbox.items.find((i) => i.measure.code === code)!;
      expect(item('A-05')).toMatchObject({
        role: 'LEAD',
        expected: true,
        reportState: 'NONE',
        report: null,
        dueDate: '2026-12-15',
        stale: true,
      });
      expect(item('G-03')).toMatchObject({ role: 'LEAD', reportState: 'DRAFT' });
      expect(item('E-03')).toMatchObject({ role: 'LEAD', reportState: 'REVISION_REQUESTED' });
      expect(item('E-03').revisionComment).toMatch(/Bitte .*begründen/);
      expect(item('G-04')).toMatchObject({ reportState: 'SUBMITTED', timeliness: 'ON_TIME' });
      expect(item('M-01')).toMatchObject({
        role: 'PARTICIPANT',
        expected: false,
        reportState: 'SUBMITTED',
        timeliness: null,
        overdue: false,
      });
      // Lead measures first, then contributions.
      expect(inbox.items.slice(0, 4).every((i) => i.role === 'LEAD')).toBe(true);
      expect(inbox.counts).toMatchObject({ due: 2, drafts: 1, revisionRequested: 1, submitted: 2 });
      expect(inbox.milestones.length).toBeGreaterThan(3);
      expect(inbox.milestones.some((m) => m.overdue)).toBe(true);
      expect(inbox.counts.openMilestones).toBe(inbox.milestones.length);
    });

    it('shows a measure its reports as a timeline, newest first, with period and review, including a revised version', async () => {
      const v05 = await byCode('V-05');
      const timeline: Page<ProgressReport> = (
        await t.http().get(`/api/v1/measures/${v05.id}/progress-reports`).set(bearer(t.tokens.executive))
      ).body;
      expect(timeline.items.map((r) => [r.period?.name, r.state, r.revision])).toEqual([
        ['Sachstand 2026', 'SUBMITTED', 2],
        ['Sachstand 2026', 'REVISION_REQUESTED', 1],
        ['Sachstand 2025', 'ACCEPTED', 1],
      ]);
      const [v2, v1] = timeline.items;
      expect(v2.supersedesId).toBe(v1.id);
      expect(v1.supersededById).toBe(v2.id);
      expect(v1.review).toMatchObject({ decision: 'REQUEST_REVISION', reviewer: { displayName: 'Dr. Lena Vogt' } });
      expect(v1.review!.comment).toMatch(/Kosten/);
      // Comparing two periods: filter by period.
      const only2025: Page<ProgressReport> = (
        await t
          .http()
          .get(`/api/v1/measures/${v05.id}/progress-reports?periodId=${periodNamed('Sachstand 2025').id}`)
          .set(cm())
      ).body;
      expect(only2025.items.map((r) => r.state)).toEqual(['ACCEPTED']);
    });

    it('hides drafts from readers outside the writing unit', async () => {
      const g03 = await byCode('G-03');
      const asExecutive: Page<ProgressReport> = (
        await t.http().get(`/api/v1/measures/${g03.id}/progress-reports`).set(bearer(t.tokens.executive))
      ).body;
      const asDepartment: Page<ProgressReport> = (
        await t.http().get(`/api/v1/measures/${g03.id}/progress-reports`).set(bearer(t.tokens.department))
      ).body;
      expect(asExecutive.items.map((r) => r.state)).toEqual(['ACCEPTED']);
      expect(asDepartment.items.map((r) => r.state)).toEqual(['DRAFT', 'ACCEPTED']);
      expect(asDepartment.items[0].permissions).toEqual({ edit: true, submit: true, revise: false, review: false });
      const draftId = asDepartment.items[0].id;
      expect((await t.http().get(`/api/v1/progress-reports/${draftId}`).set(bearer(t.tokens.executive))).status).toBe(404);
      expect((await t.http().get(`/api/v1/progress-reports/${draftId}`).set(cm())).status).toBe(200);
    });
  });

  describe('managing periods', () => {
    it('lets a climate manager open a period, change it with the version read, close and reopen it — all audited', async () => {
      const created = await t
        .http()
        .post('/api/v1/reporting-periods')
        .set(cm())
        .send({ name: 'Q1 2031', startDate: '2031-01-01', endDate: '2031-03-31', dueDate: '2031-04-15' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Q1 2031', closed: false, closedAt: null, version: 1 });
      const id = created.body.id;

      const moved = await t.http().patch(`/api/v1/reporting-periods/${id}`).set(cm()).send({ dueDate: '2031-04-30', version: 1 });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ dueDate: '2031-04-30', version: 2 });
      const stale = await t.http().patch(`/api/v1/reporting-periods/${id}`).set(cm()).send({ dueDate: '2031-05-31', version: 1 });
      expect(stale.status).toBe(409);

      const closed = await t.http().post(`/api/v1/reporting-periods/${id}/close`).set(cm());
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ closed: true, version: 3 });
      expect(closed.body.closedAt).toBeTruthy();
      expect((await t.http().post(`/api/v1/reporting-periods/${id}/close`).set(cm())).body.version).toBe(3);
      const reopened = await t.http().patch(`/api/v1/reporting-periods/${id}`).set(cm()).send({ closed: false, version: 3 });
      expect(reopened.body).toMatchObject({ closed: false, closedAt: null, version: 4 });

      const audit: AuditEvent[] = (await t.http().get(`/api/v1/audit-events?entityId=${id}`).set(cm())).body.items;
      expect(audit.map((e) => e.action)).toEqual(['UPDATE', 'UPDATE', 'UPDATE', 'CREATE']);
      expect(audit[0].changes).toEqual([{ field: 'closed', before: true, after: false }]);

      const openOnly: Page<ReportingPeriod> = (await t.http().get('/api/v1/reporting-periods?closed=false').set(cm())).body;
      expect(openOnly.items.map((p) => p.name)).toEqual(expect.arrayContaining(['Q1 2031', 'Sachstand 2026']));
      expect(openOnly.items.every((p) => !p.closed)).toBe(true);
    });

    it.each([
      ['an end before the start', { endDate: '2030-12-31' }, 'endDate'],
      ['a due date before the start', { dueDate: '2030-12-01' }, 'dueDate'],
      ['an impossible date', { startDate: '2031-02-30' }, 'startDate'],
      ['a German date', { dueDate: '15.04.2031' }, 'dueDate'],
      ['an empty name', { name: '  ' }, 'name'],
      ['an unknown field', { open: true }, 'open'],
    ])('refuses %s with 400 naming the field, storing nothing', async (_name, change, field) => {
      const before = (await t.http().get('/api/v1/reporting-periods').set(cm())).body.total;
      const response = await t
        .http()
        .post('/api/v1/reporting-periods')
        .set(cm())
        .send({ name: 'Q2 2031', startDate: '2031-04-01', endDate: '2031-06-30', dueDate: '2031-07-15', ...change });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect((await t.http().get('/api/v1/reporting-periods').set(cm())).body.total).toBe(before);
    });

    it('refuses a second period with the same name (409) and answers 404 for an unknown one', async () => {
      const duplicate = await t
        .http()
        .post('/api/v1/reporting-periods')
        .set(cm())
        .send({ name: 'Sachstand 2026', startDate: '2032-01-01', endDate: '2032-12-31', dueDate: '2032-12-15' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.errors[0].field).toBe('name');
      expect((await t.http().get('/api/v1/reporting-periods/00000000-0000-4000-8000-000000000000/status').set(cm())).status).toBe(404);
    });
  });

  describe('timeliness and counts', () => {
    it('counts expected, submitted, accepted, revision-requested, missing and overdue right for a period with mixed states', async () => {
      const today = berlinToday();
      const period = (
        await t
          .http()
          .post('/api/v1/reporting-periods')
          .set(cm())
          .send({ name: 'Prüfzeitraum gemischt', startDate: '2019-01-01', endDate: '2019-12-31', dueDate: shift(today, 30) })
      ).body as ReportingPeriod;
      const active: Page<MeasureSummary> = (
        await t.http().get('/api/v1/measures?status=PLANNED,IN_PROGRESS,DELAYED,ON_HOLD&pageSize=500').set(cm())
      ).body;
      const [accepted, inReview, sentBack, drafted, untouched, lateOne] = active.items;
      const report = async (m: MeasureSummary, submit: boolean) => {
        const r = await t
          .http()
          .post(`/api/v1/measures/${m.id}/progress-reports`)
          .set(cm())
          .send({
            periodId: period.id,
            status: m.status,
            assessment: m.assessment,
            progressPercent: m.progressPercent,
            text: `Sachstand ${m.code}`,
            submit,
          });
        expect(r.status).toBe(201);
        return r.body as ProgressReport;
      };
      const review = (r: ProgressReport, decision: string, comment?: string) =>
        t.http().post(`/api/v1/progress-reports/${r.id}/review`).set(cm()).send({ decision, comment, version: r.version });

      expect((await review(await report(accepted, true), 'ACCEPT')).status).toBe(200);
      await report(inReview, true);
      expect((await review(await report(sentBack, true), 'REQUEST_REVISION', 'Bitte Kosten ergänzen.')).status).toBe(200);
      await report(drafted, false);
      const late = await report(lateOne, true);

      const before = await status(period.id);
      const n = active.total;
      expect(before.counts).toMatchObject({
        expected: n,
        submitted: 4,
        inReview: 2,
        accepted: 1,
        revisionRequested: 1,
        missing: n - 4,
        overdue: 0,
        pending: n - 4,
        drafts: 1,
        onTime: 4,
        late: 0,
      });

      // The due day passes: what is missing is now overdue. All reports but one came in ten days ago, before it.
      const earlyAt = new Date(`${shift(today, -10)}T09:00:00.000Z`);
      // Stored as each engine stores timestamps: SQLite as 'YYYY-MM-DD HH:MM:SS.SSS' text, PostgreSQL as timestamptz.
      await t.dataSource.query(
        t.engine === 'postgres'
          ? 'UPDATE progress_reports SET "submittedAt" = $1 WHERE "periodId" = $2 AND id <> $3 AND "submittedAt" IS NOT NULL'
          : 'UPDATE progress_reports SET "submittedAt" = ? WHERE "periodId" = ? AND id <> ? AND "submittedAt" IS NOT NULL',
        [t.engine === 'postgres' ? earlyAt.toISOString() : earlyAt.toISOString().replace('T', ' ').replace('Z', ''), period.id, late.id],
      );
      const moved = await t
        .http()
        .patch(`/api/v1/reporting-periods/${period.id}`)
        .set(cm())
        .send({ dueDate: shift(today, -5), version: period.version });
      expect(moved.status).toBe(200);

      const after = await status(period.id);
      expect(after.counts).toMatchObject({
        expected: n,
        submitted: 4,
        inReview: 2,
        accepted: 1,
        revisionRequested: 1,
        missing: n - 4,
        overdue: n - 4,
        pending: 0,
        drafts: 1,
        onTime: 3,
        late: 1,
      });
      const row = (m: MeasureSummary) => after.measures.find((r) => r.measure.id === m.id)!;
      expect(row(accepted)).toMatchObject({ reportState: 'ACCEPTED', timeliness: 'ON_TIME' });
      expect(row(sentBack)).toMatchObject({ reportState: 'REVISION_REQUESTED', timeliness: 'ON_TIME' });
      expect(row(drafted)).toMatchObject({ reportState: 'DRAFT', timeliness: 'MISSING' });
      expect(row(untouched)).toMatchObject({ reportState: 'NONE', timeliness: 'MISSING', reportId: null });
      expect(row(lateOne)).toMatchObject({ reportState: 'SUBMITTED', timeliness: 'LATE' });
      // Per org unit, the rows add up to the period's figures.
      for (const key of ['expected', 'submitted', 'accepted', 'missing', 'overdue', 'late'] as const) {
        expect(after.byOrgUnit.reduce((sum, u) => sum + u[key], 0)).toBe(after.counts[key]);
      }
    });

    it('stops flagging a measure as stale once a report of it is accepted in the current period', async () => {
      const w04 = await byCode('W-04');
      const p2026 = periodNamed('Sachstand 2026');
      const created = await t
        .http()
        .post(`/api/v1/measures/${w04.id}/progress-reports`)
        .set(cm())
        .send({ periodId: p2026.id, text: 'Die Ausschreibung der Schulmensa-Verpflegung ist vorbereitet.', submit: true });
      expect(created.status).toBe(201);
      const accepted = await t
        .http()
        .post(`/api/v1/progress-reports/${created.body.id}/review`)
        .set(cm())
        .send({ decision: 'ACCEPT', version: created.body.version });
      expect(accepted.status).toBe(200);
      const s = await status(p2026.id);
      expect(s.measures.find((m) => m.measure.code === 'W-04')).toMatchObject({
        stale: false,
        lastAcceptedPeriod: 'Sachstand 2026',
        reportState: 'ACCEPTED',
      });
      expect(s.counts.stale).toBe(3);
    });

    it('expects no report of a finished measure, but counts one that came in anyway', async () => {
      const fields: FieldOfAction[] = (await t.http().get('/api/v1/fields-of-action').set(cm())).body.items;
      const me: User = (await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body;
      const p2026 = periodNamed('Sachstand 2026');
      const before = (await status(p2026.id)).counts.expected;
      const done = (
        await t.http().post('/api/v1/measures').set(cm()).send({
          code: 'FERTIG-1',
          title: 'Abgeschlossene Testmaßnahme',
          fieldOfActionId: fields[0].id,
          leadOrgUnitId: me.orgUnit!.id,
          status: 'COMPLETED',
          progressPercent: 100,
        })
      ).body as Measure;
      expect((await status(p2026.id)).counts.expected).toBe(before);
      const sent = await t
        .http()
        .post(`/api/v1/measures/${done.id}/progress-reports`)
        .set(bearer(t.tokens.department))
        .send({ periodId: p2026.id, text: 'Abschlussbericht liegt vor.', submit: true });
      expect(sent.status).toBe(201);
      expect((await status(p2026.id)).counts.expected).toBe(before + 1);
    });
  });
});
