import { TRAINING_FORMATS, TRAINING_TOPICS, type JobRun, type User } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ImportEntity } from '../imports/import.entity';
import { JobRunEntity } from '../jobs/job-run.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { FeedbackEntity } from '../public/public.entities';
import { TrainingEntity, TrainingParticipantEntity, TrainingRegistrationEntity } from '../trainings/training.entity';
import { UserEntity } from '../users/user.entity';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/**
 * Retention periods, applied by the `personal-data-retention` job. The reviewers found personal
 * data kept forever. Rows of the right ages — just past and well within each period (the defaults:
 * closed feedback 180 days, names in the history 365, login times 180, read notifications 90, mail
 * server errors 30, training participants' names 365) — and the job removes exactly the old ones,
 * says how many, and finds nothing more on a second run.
 */
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe('personal-data retention job', () => {
  let t: TestApp;
  let jonas: User;
  let mira: User;
  const ids: Record<string, string> = {};

  const run = async () => {
    const response = await t.http().post('/api/v1/jobs/personal-data-retention/run').set(bearer(t.tokens.admin));
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('SUCCEEDED');
    return response.body as JobRun;
  };
  const counted = (summary: string) =>
    Object.fromEntries(
      summary
        .replace(/^[^–]*– /, '')
        .split('; ')
        .map((part) => {
          const [what, n] = part.split(': ');
          return [what, Number(n)];
        }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    const users = (await t.http().get('/api/v1/users?pageSize=100').set(bearer(t.tokens.admin))).body.items as User[];
    jonas = users.find((u) => u.displayName === 'Jonas Petersen')!;
    mira = users.find((u) => u.displayName === 'Mira Schneider')!;
    const m = t.dataSource.manager;

    const feedback = (message: string, createdAt: Date, handledAt: Date | null) => {
      const id = randomUUID();
      return m
        .insert(FeedbackEntity, {
          id,
          message,
          page: null,
          name: 'Ute Bürger',
          email: 'ute@example.org',
          handled: handledAt !== null,
          handledAt,
          createdAt,
        })
        .then(() => id);
    };
    ids['oldClosed'] = await feedback('Vor 200 Tagen erledigt', ago(250), ago(200));
    ids['newClosed'] = await feedback('Vor 10 Tagen erledigt', ago(20), ago(10));
    ids['oldOpen'] = await feedback('Seit 400 Tagen offen', ago(400), null);

    const event = (values: Partial<AuditEventEntity>) => {
      const id = randomUUID();
      return m
        .save(
          m.create(AuditEventEntity, {
            id,
            actorId: jonas.id,
            actorName: 'Jonas Petersen',
            action: 'UPDATE',
            entityType: 'measure',
            entityId: randomUUID(),
            entityLabel: 'K-01',
            scopeId: null,
            changes: [],
            draftOrgUnitId: null,
            draftAuthorId: null,
            ...values,
          }),
        )
        .then(() => id);
    };
    ids['oldFeedbackEvent'] = await event({ entityType: 'feedback', entityId: ids['oldClosed'], entityLabel: null, at: ago(200) });
    ids['oldActorEvent'] = await event({ at: ago(400) });
    ids['newActorEvent'] = await event({ at: ago(10) });
    ids['oldAccountEvent'] = await event({
      at: ago(400),
      entityType: 'user',
      entityId: jonas.id,
      entityLabel: 'Jonas Petersen',
      changes: [
        { field: 'email', before: 'j.petersen@musterstadt.example', after: 'stadtplanung@musterstadt.example' },
        { field: 'role', before: 'EXECUTIVE', after: 'DEPARTMENT' },
      ],
    });
    ids['oldLogin'] = await event({ at: ago(200), action: 'LOGIN', entityType: 'user', entityId: jonas.id, entityLabel: 'Jonas Petersen' });
    ids['newLogin'] = await event({ at: ago(10), action: 'LOGIN', entityType: 'user', entityId: jonas.id, entityLabel: 'Jonas Petersen' });

    await m.update(UserEntity, { id: jonas.id }, { lastLoginAt: ago(200) });
    await m.update(UserEntity, { id: mira.id }, { lastLoginAt: ago(10) });

    const notification = (values: Partial<NotificationEntity>) => {
      const id = randomUUID();
      return m
        .insert(NotificationEntity, {
          id,
          userId: jonas.id,
          kind: 'REPORT_DUE',
          subjectKey: `retention:${id}`,
          title: 'Erinnerung',
          body: 'Text',
          link: null,
          createdAt: ago(120),
          readAt: null,
          emailState: 'SENT',
          emailAttempts: 1,
          emailError: null,
          emailSentAt: ago(120),
          emailUpdatedAt: ago(120),
          ...values,
        })
        .then(() => id);
    };
    ids['oldRead'] = await notification({ readAt: ago(100) });
    ids['newRead'] = await notification({ readAt: ago(10) });
    ids['oldUnread'] = await notification({ createdAt: ago(200) });
    ids['oldMailError'] = await notification({
      emailState: 'FAILED',
      emailError: '550 5.1.1 <j.petersen@musterstadt.example>: unknown',
      emailUpdatedAt: ago(40),
    });
    ids['newMailError'] = await notification({ emailState: 'FAILED', emailError: '451 try again', emailUpdatedAt: ago(5) });

    const jobRun = (startedAt: Date) => {
      const id = randomUUID();
      return m
        .insert(JobRunEntity, {
          id,
          jobName: 'status-snapshot',
          slot: `manual:${id}`,
          status: 'SUCCEEDED',
          trigger: 'MANUAL',
          triggeredBy: 'Systemverwaltung IT',
          startedAt,
          finishedAt: startedAt,
          summary: 'ok',
          error: null,
        })
        .then(() => id);
    };
    ids['oldRun'] = await jobRun(ago(400));
    ids['newRun'] = await jobRun(ago(10));

    const training = async (startsAt: Date, names: string[]) => {
      const id = randomUUID();
      await m.insert(TrainingEntity, {
        id,
        title: `Schulung ${startsAt.toISOString()}`,
        topic: TRAINING_TOPICS[0],
        description: null,
        startsAt,
        durationMinutes: 90,
        trainer: 'Extern',
        format: TRAINING_FORMATS[0],
        location: null,
        onlineUrl: null,
        capacity: null,
        status: 'HELD',
        cancellationReason: null,
        searchText: 'schulung',
      });
      const registrationId = randomUUID();
      await m.insert(TrainingRegistrationEntity, { id: registrationId, trainingId: id, orgUnitId: jonas.orgUnit!.id, count: names.length });
      for (const name of names) await m.insert(TrainingParticipantEntity, { id: randomUUID(), registrationId, name });
      return registrationId;
    };
    ids['oldImport'] = randomUUID();
    await m.insert(ImportEntity, {
      id: ids['oldImport'],
      fileName: 'ansprechpersonen.csv',
      format: 'csv',
      content: 'Q29kZTtBbnNwcmVjaHBlcnNvbg==',
      mapping: {},
      defaultLeadOrgUnit: null,
      state: 'UPLOADED',
      progress: 0,
      detectedColumns: null,
      preview: null,
      result: null,
      error: null,
      createdById: jonas.id,
      createdAt: ago(3),
      expiresAt: ago(2),
    });
    ids['oldTraining'] = await training(ago(400), ['Ida Altmann', 'Otto Altmann']);
    ids['newTraining'] = await training(ago(30), ['Nora Neumann']);
  });
  afterAll(() => t.close());

  it('removes exactly what has outlived its period, says how many, and keeps the rest', async () => {
    const first = await run();
    const counts = counted(first.summary!);
    expect(counts['erledigte Rückmeldungen']).toBe(1);
    expect(counts['Anmeldungen in der Änderungshistorie']).toBe(1);
    expect(counts['Zeitpunkte der letzten Anmeldung']).toBe(1);
    expect(counts['gelesene Benachrichtigungen']).toBe(1);
    expect(counts['Fehlerantworten von Mailservern']).toBe(1);
    expect(counts['Namen bei von Hand gestarteten Aufgaben']).toBe(1);
    expect(counts['Namen und E-Mail-Adressen in der Änderungshistorie']).toBeGreaterThanOrEqual(2);
    expect(counts['Namen von Schulungsteilnehmenden']).toBeGreaterThanOrEqual(2);
    expect(counts['abgelaufene Importe']).toBe(1);
    expect(await t.dataSource.manager.findOneBy(ImportEntity, { id: ids['oldImport'] })).toBeNull();
    const m = t.dataSource.manager;

    // Feedback: the one closed 200 days ago is gone with its history; the recent and the open one stay.
    expect((await m.find(FeedbackEntity)).map((f) => f.id)).toEqual(expect.arrayContaining([ids['newClosed'], ids['oldOpen']]));
    expect(await m.findOneBy(FeedbackEntity, { id: ids['oldClosed'] })).toBeNull();
    expect(await m.findOneBy(AuditEventEntity, { id: ids['oldFeedbackEvent'] })).toBeNull();

    // History: the fact and the actor id stay, the name snapshot goes; the account's old address goes; old logins go.
    expect(await m.findOneBy(AuditEventEntity, { id: ids['oldActorEvent'] })).toMatchObject({
      actorId: jonas.id,
      actorName: null,
      action: 'UPDATE',
    });
    expect(await m.findOneBy(AuditEventEntity, { id: ids['newActorEvent'] })).toMatchObject({ actorName: 'Jonas Petersen' });
    expect(await m.findOneBy(AuditEventEntity, { id: ids['oldAccountEvent'] })).toMatchObject({
      entityLabel: null,
      changes: [
        { field: 'email', before: null, after: null },
        { field: 'role', before: 'EXECUTIVE', after: 'DEPARTMENT' },
      ],
    });
    expect(await m.findOneBy(AuditEventEntity, { id: ids['oldLogin'] })).toBeNull();
    expect(await m.findOneBy(AuditEventEntity, { id: ids['newLogin'] })).not.toBeNull();
    // Who the old event's actor is still shows, by id, under the current name.
    const history = (await t.http().get(`/api/v1/audit-events?actorId=${jonas.id}&pageSize=100`).set(bearer(t.tokens.admin))).body
      .items as { id: string; actor: { displayName: string } }[];
    expect(history.find((e) => e.id === ids['oldActorEvent'])!.actor.displayName).toBe('Jonas Petersen');

    expect((await m.findOneBy(UserEntity, { id: jonas.id }))!.lastLoginAt).toBeNull();
    expect((await m.findOneBy(UserEntity, { id: mira.id }))!.lastLoginAt).not.toBeNull();

    expect(await m.findOneBy(NotificationEntity, { id: ids['oldRead'] })).toBeNull();
    expect(await m.findOneBy(NotificationEntity, { id: ids['newRead'] })).not.toBeNull();
    expect(await m.findOneBy(NotificationEntity, { id: ids['oldUnread'] })).not.toBeNull();
    expect(await m.findOneBy(NotificationEntity, { id: ids['oldMailError'] })).toMatchObject({ emailState: 'FAILED', emailError: null });
    expect(await m.findOneBy(NotificationEntity, { id: ids['newMailError'] })).toMatchObject({ emailError: '451 try again' });

    expect(await m.findOneBy(JobRunEntity, { id: ids['oldRun'] })).toMatchObject({ triggeredBy: null, summary: 'ok' });
    expect(await m.findOneBy(JobRunEntity, { id: ids['newRun'] })).toMatchObject({ triggeredBy: 'Systemverwaltung IT' });

    // Training: the names of the training 400 days ago go, its count stays; the recent one keeps its names.
    expect(await m.countBy(TrainingParticipantEntity, { registrationId: ids['oldTraining'] })).toBe(0);
    expect(await m.findOneBy(TrainingRegistrationEntity, { id: ids['oldTraining'] })).toMatchObject({ count: 2 });
    expect(await m.countBy(TrainingParticipantEntity, { registrationId: ids['newTraining'] })).toBe(1);
  });

  it('finds nothing more to remove on a second run, and runs for admins only', async () => {
    const second = await run();
    expect(Object.values(counted(second.summary!)).every((n) => n === 0)).toBe(true);
    for (const role of ['climateManager', 'department', 'executive', 'communication'] as const) {
      expect((await t.http().post('/api/v1/jobs/personal-data-retention/run').set(bearer(t.tokens[role]))).status).toBe(403);
    }
    const jobs = (await t.http().get('/api/v1/jobs').set(bearer(t.tokens.admin))).body as { name: string; schedule: string }[];
    expect(jobs.find((j) => j.name === 'personal-data-retention')).toMatchObject({ schedule: '50 3 * * *' });
  });
});

describe('personal-data retention periods are configurable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RETENTION_FEEDBACK_DAYS: '5' });
  });
  afterAll(() => {
    delete process.env['RETENTION_FEEDBACK_DAYS'];
    return t.close();
  });

  it('deletes closed feedback after the configured number of days', async () => {
    const id = randomUUID();
    await t.dataSource.manager.insert(FeedbackEntity, {
      id,
      message: 'Vor 10 Tagen erledigt',
      page: null,
      name: null,
      email: null,
      handled: true,
      handledAt: ago(10),
      createdAt: ago(12),
    });
    const response = await t.http().post('/api/v1/jobs/personal-data-retention/run').set(bearer(t.tokens.admin));
    expect(response.body.summary).toMatch(/erledigte Rückmeldungen: 1/);
    expect(await t.dataSource.manager.findOneBy(FeedbackEntity, { id })).toBeNull();
  });
});
