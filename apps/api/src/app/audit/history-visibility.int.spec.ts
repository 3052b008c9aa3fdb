import type { AuditEvent, FieldOfAction, Measure, OrgUnit, Page, ProgressReport, User } from '@klimaschutz/contracts';
/** A password the policy takes (the demo's published one is refused for new accounts). */
const PASSWORD = 'Laterne-Gießkanne-Zebra';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/**
 * The change history follows the visibility of the records it describes. A draft progress report
 * answers 404 to whoever may not see it; its events — the draft's text as first written and as
 * edited — must not reach them through any history either: the measure's, the global audit trail.
 * The matrix: every role and a department of another org unit × a draft, a submitted and a reviewed
 * report × the viewer's own org unit's report and another unit's.
 */
type Viewer = 'admin' | 'climateManager' | 'department' | 'otherDepartment' | 'executive' | 'communication';
const VIEWERS: Viewer[] = ['admin', 'climateManager', 'department', 'otherDepartment', 'executive', 'communication'];
const STATES = ['draft', 'submitted', 'reviewed'] as const;
type State = (typeof STATES)[number];
/** Whose unit writes the report: the demo department's (61) or the other department's. */
const WRITERS = ['department', 'otherDepartment'] as const;
type Writer = (typeof WRITERS)[number];

interface Case {
  writer: Writer;
  state: State;
  measure: Measure;
  report: ProgressReport;
  /** Text only ever written while the report was a draft. */
  draftWords: string[];
}

describe('history visibility: report drafts', () => {
  let t: TestApp;
  const tokens = {} as Record<Viewer, string>;
  const cases: Case[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(tokens, t.tokens);
    const cm = bearer(t.tokens.climateManager);
    const fieldId = ((await t.http().get('/api/v1/fields-of-action').set(cm)).body.items[0] as FieldOfAction).id;
    const ownUnit = ((await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body as User).orgUnit!.id;
    const units: OrgUnit[] = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm)).body.items;
    // A unit no demo user belongs to: only the new department user writes for it.
    const demoUnits = new Set(
      ((await t.http().get('/api/v1/users?pageSize=100').set(bearer(t.tokens.admin))).body.items as User[]).map((u) => u.orgUnit?.id),
    );
    const otherUnit = units.find((u) => u.kind === 'FACHBEREICH' && !demoUnits.has(u.id))!;
    const email = 'tiefbau.sichtbarkeit@musterstadt.example';
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(bearer(t.tokens.admin))
      .send({ email, displayName: 'Fachbereich Nebenan', role: 'DEPARTMENT', orgUnitId: otherUnit.id, password: PASSWORD });
    expect(created.status).toBe(201);
    tokens.otherDepartment = (await t.http().post('/api/v1/auth/login').send({ email, password: PASSWORD })).body.accessToken;

    let n = 0;
    for (const writer of WRITERS) {
      for (const state of STATES) {
        const tag = `${writer}-${state}-${n++}`;
        const measure: Measure = (
          await t
            .http()
            .post('/api/v1/measures')
            .set(cm)
            .send({
              code: `SICHT-${n}`,
              title: `Sichtbarkeit ${tag}`,
              fieldOfActionId: fieldId,
              leadOrgUnitId: writer === 'department' ? ownUnit : otherUnit.id,
            })
        ).body;
        const by = bearer(tokens[writer]);
        const draft = await t
          .http()
          .post(`/api/v1/measures/${measure.id}/progress-reports`)
          .set(by)
          .send({ text: `Entwurfstext-eins ${tag}` });
        expect(draft.status).toBe(201);
        const edited = await t
          .http()
          .patch(`/api/v1/progress-reports/${draft.body.id}`)
          .set(by)
          .send({ text: `Entwurfstext-zwei ${tag}`, obstacles: `Entwurfshindernis ${tag}`, version: draft.body.version });
        expect(edited.status).toBe(200);
        let report: ProgressReport = edited.body;
        if (state !== 'draft') {
          report = (await t.http().post(`/api/v1/progress-reports/${report.id}/submit`).set(by).send({ version: report.version })).body;
          expect(report.state).toBe('SUBMITTED');
        }
        if (state === 'reviewed') {
          report = (
            await t
              .http()
              .post(`/api/v1/progress-reports/${report.id}/review`)
              .set(cm)
              .send({ decision: 'ACCEPT', version: report.version })
          ).body;
          expect(report.state).toBe('ACCEPTED');
        }
        // "Entwurfstext-zwei" is the submitted text too; the first version and the obstacle edit exist only in the draft's history.
        cases.push({ writer, state, measure, report, draftWords: [`Entwurfstext-eins ${tag}`, `Entwurfshindernis ${tag}`] });
      }
    }
  });
  afterAll(() => t.close());

  /** Who may see a draft of `writer`'s unit: the climate managers and that unit (reportingPolicy.maySeeDraft). */
  const seesDrafts = (viewer: Viewer, writer: Writer) => viewer === 'climateManager' || viewer === writer;

  const allHistory = async (path: string, token: string): Promise<AuditEvent[]> => {
    const response = await t
      .http()
      .get(`${path}${path.includes('?') ? '&' : '?'}pageSize=500`)
      .set(bearer(token));
    expect(response.status).toBe(200);
    return (response.body as Page<AuditEvent>).items;
  };

  describe.each(VIEWERS)('as %s', (viewer) => {
    it.each(WRITERS.flatMap((writer) => STATES.map((state) => [writer, state] as const)))(
      "the measure's history of a %s report in state %s shows its draft only to those who may see the draft",
      async (writer, state) => {
        const c = cases.find((x) => x.writer === writer && x.state === state)!;
        const events = await allHistory(`/api/v1/measures/${c.measure.id}/audit-events`, tokens[viewer]);
        const reportEvents = events.filter((e) => e.entityId === c.report.id);
        const text = JSON.stringify(events);
        const report = await t.http().get(`/api/v1/progress-reports/${c.report.id}`).set(bearer(tokens[viewer]));

        if (seesDrafts(viewer, writer)) {
          for (const word of c.draftWords) expect(text).toContain(word);
          expect(report.status).toBe(200);
        } else {
          for (const word of c.draftWords) expect(text).not.toContain(word);
          if (state === 'draft') {
            // The report itself is not found, and its history says nothing of it either.
            expect(report.status).toBe(404);
            expect(reportEvents).toEqual([]);
          } else {
            // Once submitted the report is visible, and so is the history from its submission on.
            expect(report.status).toBe(200);
            expect(reportEvents.map((e) => e.changes.find((ch) => ch.field === 'state')?.after)).toContain('SUBMITTED');
            if (state === 'reviewed')
              expect(reportEvents.map((e) => e.changes.find((ch) => ch.field === 'state')?.after)).toContain('ACCEPTED');
          }
        }
      },
    );

    it('finds in the global audit trail exactly the report events the measure histories show', async () => {
      const global = await t.http().get('/api/v1/audit-events?entityType=progress_report&pageSize=500').set(bearer(tokens[viewer]));
      if (!['admin', 'climateManager', 'executive'].includes(viewer)) {
        expect(global.status).toBe(403);
        return;
      }
      const globalIds = new Set((global.body as Page<AuditEvent>).items.map((e) => e.id));
      for (const c of cases) {
        const shown = (await allHistory(`/api/v1/measures/${c.measure.id}/audit-events`, tokens[viewer])).filter(
          (e) => e.entityId === c.report.id,
        );
        const inGlobal = (global.body as Page<AuditEvent>).items.filter((e) => e.entityId === c.report.id);
        expect(inGlobal.map((e) => e.id).sort()).toEqual(shown.map((e) => e.id).sort());
        for (const e of shown) expect(globalIds.has(e.id)).toBe(true);
        const text = JSON.stringify(inGlobal);
        for (const word of c.draftWords) {
          if (seesDrafts(viewer, c.writer)) expect(text).toContain(word);
          else expect(text).not.toContain(word);
        }
      }
    });
  });
});

describe('history visibility: records only some roles may read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows account changes (names, e-mail addresses, logins) to admins only', async () => {
    const user = (await t.http().get('/api/v1/users?role=EXECUTIVE').set(bearer(t.tokens.admin))).body.items[0] as User;
    const changed = await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set(bearer(t.tokens.admin))
      .send({ email: 'buergermeisterin.neu@musterstadt.example', version: user.version });
    expect(changed.status).toBe(200);
    const path = `/api/v1/audit-events?entityType=user&entityId=${user.id}`;
    const forAdmin = (await t.http().get(path).set(bearer(t.tokens.admin))).body as Page<AuditEvent>;
    expect(JSON.stringify(forAdmin.items)).toContain('buergermeisterin.neu@musterstadt.example');
    for (const role of ['climateManager', 'executive'] as const) {
      const page = (await t.http().get(path).set(bearer(t.tokens[role]))).body as Page<AuditEvent>;
      expect(page).toMatchObject({ items: [], total: 0 });
      const everything = (await t.http().get('/api/v1/audit-events?pageSize=500').set(bearer(t.tokens[role]))).body as Page<AuditEvent>;
      expect(everything.items.filter((e) => e.entityType === 'user')).toEqual([]);
      expect(JSON.stringify(everything.items)).not.toContain('buergermeisterin.neu@musterstadt.example');
    }
  });

  it("keeps a training's individual feedback comments in its history for those who read the feedback", async () => {
    const trainings = (await t.http().get('/api/v1/trainings?pageSize=100').set(bearer(t.tokens.climateManager))).body.items as {
      id: string;
      status: string;
    }[];
    const held = trainings.find((x) => x.status === 'HELD')!;
    const comment = 'Die Referentin war kaum zu verstehen (vertraulich).';
    const added = await t
      .http()
      .post(`/api/v1/trainings/${held.id}/feedback`)
      .set(bearer(t.tokens.climateManager))
      .send({ score: 2, comment });
    expect(added.status).toBe(201);
    // Who may read the comments sees them in the history; who may not, does not — as with GET /trainings/:id/feedback.
    for (const role of ['admin', 'climateManager', 'executive', 'department', 'communication'] as const) {
      const feedback = await t.http().get(`/api/v1/trainings/${held.id}/feedback`).set(bearer(t.tokens[role]));
      const history = await t.http().get(`/api/v1/trainings/${held.id}/audit-events?pageSize=500`).set(bearer(t.tokens[role]));
      expect(history.status).toBe(200);
      expect({ role, inHistory: JSON.stringify(history.body.items).includes(comment) }).toEqual({
        role,
        inHistory: feedback.status === 200,
      });
    }
  });
});

describe('history visibility: events written before the draft marks existed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('marks the existing events of drafts when the migration runs, from their report', async () => {
    const cm = bearer(t.tokens.climateManager);
    const dept = bearer(t.tokens.department);
    const fieldId = ((await t.http().get('/api/v1/fields-of-action').set(cm)).body.items[0] as FieldOfAction).id;
    const ownUnit = ((await t.http().get('/api/v1/auth/me').set(dept)).body as User).orgUnit!.id;
    const reportOn = async (code: string, text: string) => {
      const measure: Measure = (
        await t.http().post('/api/v1/measures').set(cm).send({ code, title: code, fieldOfActionId: fieldId, leadOrgUnitId: ownUnit })
      ).body;
      const draft = (await t.http().post(`/api/v1/measures/${measure.id}/progress-reports`).set(dept).send({ text }))
        .body as ProgressReport;
      return (
        await t
          .http()
          .patch(`/api/v1/progress-reports/${draft.id}`)
          .set(dept)
          .send({ text: `${text} (überarbeitet)`, version: draft.version })
      ).body as ProgressReport;
    };
    const stillDraft = await reportOn('ALT-1', 'Alter Entwurf bleibt Entwurf');
    const later = await reportOn('ALT-2', 'Alter Entwurf später eingereicht');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.http().post(`/api/v1/progress-reports/${later.id}/submit`).set(dept).send({ version: later.version });

    const counts = async () => {
      const result: Record<string, number> = {};
      for (const table of ['sessions', 'notifications', 'audit_events', 'users', 'feedback', 'training_feedback']) {
        result[table] = Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
      }
      return result;
    };
    const before = await counts();
    expect(before['notifications']).toBeGreaterThan(0);

    // As before this release: the columns gone, the events unmarked; then the migration runs again as the app runs it at start.
    // (TypeORM reverts inside a transaction, where SQLite cannot switch off foreign keys; the start migrates outside one.)
    await t.dataSource.undoLastMigration({ transaction: 'none' });
    await t.dataSource.runMigrations({ transaction: 'each' });

    const marks = async (reportId: string) =>
      (await t.dataSource.query(
        `SELECT "action", "changes", "draftOrgUnitId" FROM "audit_events" WHERE "entityId" = '${reportId}' ORDER BY "at"`,
      )) as {
        action: string;
        changes: string;
        draftOrgUnitId: string | null;
      }[];
    expect((await marks(stillDraft.id)).map((e) => e.draftOrgUnitId)).toEqual([ownUnit, ownUnit]);
    const submitted = await marks(later.id);
    expect(submitted.map((e) => [e.action, e.draftOrgUnitId])).toEqual([
      ['CREATE', ownUnit],
      ['UPDATE', ownUnit],
      ['UPDATE', null],
    ]);
    expect(submitted[2].changes).toContain('SUBMITTED');
    // Rebuilding tables on SQLite loses no row of the tables that refer to them.
    expect(await counts()).toEqual(before);
    const history = JSON.stringify(
      (await t.http().get('/api/v1/audit-events?entityType=progress_report&pageSize=500').set(bearer(t.tokens.executive))).body.items,
    );
    expect(history).not.toContain('Alter Entwurf');
  });
});
