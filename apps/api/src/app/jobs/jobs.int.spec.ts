import type { DashboardSummary, Job, JobRun, TrendPoint } from '@klimaschutz/contracts';
import { bearer, createTestApp, createTwoTestApps, TestApp } from '../../testing/test-app';
import { DatabaseThrottlerStorage } from '../auth/database-throttler-storage';
import { SessionEntity } from '../auth/session.entity';
import { ThrottleCounterEntity } from '../auth/throttle-counter.entity';
import { StatusSnapshotEntity } from './status-snapshot.entity';
import { JobRunEntity } from './job-run.entity';
import { JobsService } from './jobs.service';
import { SnapshotService } from '../cockpit/snapshot.service';
import { dateInBerlin, previousDay } from '../common/date-time';

describe('scheduled jobs and the status snapshot', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a fresh demo city shows a year of history in the trend at once, leading up to today’s figures', async () => {
    const today = dateInBerlin(new Date());
    const yesterday = previousDay(today);
    const trend = (await t.http().get('/api/v1/dashboard/trend').set(bearer(t.tokens.executive))).body as TrendPoint[];
    // The past twelve months, as the cockpit asks for them: the last snapshot of each week, up to yesterday.
    expect(trend.length).toBeGreaterThanOrEqual(52);
    expect(Date.parse(today) - Date.parse(trend[0].day)).toBeGreaterThan(358 * 86_400_000);
    expect(trend[trend.length - 1].day).toBe(yesterday);
    const summary = (await t.http().get('/api/v1/dashboard/summary').set(bearer(t.tokens.executive))).body as DashboardSummary;
    const last = trend[trend.length - 1];
    expect(last.total).toBe(summary.measures.total);
    expect(last.byStatus).toEqual(summary.measures.byStatus);
    expect(last.averageProgressPercent).toBe(summary.measures.averageProgressPercent);
    for (const point of trend) {
      expect(Object.values(point.byStatus).reduce((a, b) => a + b, 0)).toBe(point.total);
      expect(Object.values(point.byAssessment).reduce((a, b) => a + b, 0)).toBe(point.total);
    }
    // A history, not a flat line: progress grew over the year.
    expect(trend[0].averageProgressPercent).toBeLessThan(last.averageProgressPercent);
    expect(trend[0].byStatus.COMPLETED).toBeLessThanOrEqual(last.byStatus.COMPLETED);
  });

  it('lists the jobs with schedule, next run and last run for admins only', async () => {
    const response = await t.http().get('/api/v1/jobs').set(bearer(t.tokens.admin));
    expect(response.status).toBe(200);
    const snapshot = (response.body as Job[]).find((j) => j.name === 'status-snapshot');
    expect(snapshot).toMatchObject({ schedule: '15 0 * * *', description: expect.stringContaining('Tagesstand') });
    expect(new Date(snapshot!.nextRun!).getTime()).toBeGreaterThan(Date.now());
    for (const role of ['climateManager', 'department', 'executive', 'communication'] as const) {
      expect((await t.http().get('/api/v1/jobs').set(bearer(t.tokens[role]))).status).toBe(403);
      expect((await t.http().post('/api/v1/jobs/status-snapshot/run').set(bearer(t.tokens[role]))).status).toBe(403);
    }
    expect((await t.http().get('/api/v1/jobs')).status).toBe(401);
  });

  it('runs on demand, writes one snapshot per day, and a second run the same day changes nothing', async () => {
    const first = await t.http().post('/api/v1/jobs/status-snapshot/run').set(bearer(t.tokens.admin));
    expect(first.status).toBe(200);
    expect(first.body as JobRun).toMatchObject({ status: 'SUCCEEDED', trigger: 'MANUAL', summary: 'Tagesstand gespeichert' });
    const second = await t.http().post('/api/v1/jobs/status-snapshot/run').set(bearer(t.tokens.admin));
    expect(second.body.summary).toBe('Tagesstand war bereits vorhanden');
    expect(await t.dataSource.manager.count(StatusSnapshotEntity, { where: { day: dateInBerlin(new Date()) } })).toBe(1);

    const jobs = (await t.http().get('/api/v1/jobs').set(bearer(t.tokens.admin))).body as Job[];
    expect(jobs.find((j) => j.name === 'status-snapshot')!.lastRun).toMatchObject({ summary: 'Tagesstand war bereits vorhanden' });
  });

  it('database maintenance deletes sessions that ended a day ago and keeps live ones', async () => {
    const repo = t.dataSource.getRepository(SessionEntity);
    const [live] = await repo.find({ take: 1 });
    const stale = await repo.save(
      repo.create({ tokenHash: 'f'.repeat(64), userId: live.userId, expiresAt: new Date(Date.now() - 2 * 86_400_000), revokedAt: null }),
    );
    const run = await t.http().post('/api/v1/jobs/database-maintenance/run').set(bearer(t.tokens.admin));
    expect(run.status).toBe(200);
    expect(run.body as JobRun).toMatchObject({
      status: 'SUCCEEDED',
      summary: expect.stringMatching(/^[1-9]\d* abgelaufene Anmeldungen gelöscht/),
    });
    expect(await repo.existsBy({ id: stale.id })).toBe(false);
    expect((await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.admin))).status).toBe(200);
    if (t.engine === 'sqlite') {
      const [stats] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM sqlite_stat1`);
      expect(Number(stats.n)).toBeGreaterThan(0);
    }
  });

  it('database maintenance deletes login-limit counters whose window and block have passed, and no other', async () => {
    const storage = t.app.get(DatabaseThrottlerStorage);
    const counters = t.dataSource.getRepository(ThrottleCounterEntity);
    await storage.increment('window-over', 1, 10, 1, 'login');
    // Over the limit at once: the window ends in 1 ms, the block lasts a minute.
    expect((await storage.increment('blocked', 1, 0, 60_000, 'login')).isBlocked).toBe(true);
    await storage.increment('counting', 60_000, 10, 60_000, 'login');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = Date.now();
    const before = await counters.find();
    const expired = before.filter((c) => c.windowEndsAt <= now && c.blockedUntil <= now).length;
    expect(expired).toBeGreaterThanOrEqual(1);

    const run = await t.http().post('/api/v1/jobs/database-maintenance/run').set(bearer(t.tokens.admin));
    expect(run.status).toBe(200);
    expect(run.body.summary).toContain(`, ${expired} abgelaufene Zähler der Anmeldesperre gelöscht`);
    expect(await counters.count()).toBe(before.length - expired);
    // The live ones kept their state: the blocked client is still blocked, the other one counts on.
    expect((await storage.increment('blocked', 1, 0, 60_000, 'login')).isBlocked).toBe(true);
    expect((await storage.increment('counting', 60_000, 10, 60_000, 'login')).totalHits).toBe(2);
    // Idempotent: a second run finds nothing more to delete.
    const again = await t.http().post('/api/v1/jobs/database-maintenance/run').set(bearer(t.tokens.admin));
    expect(again.body.summary).toContain(', 0 abgelaufene Zähler der Anmeldesperre gelöscht');
  });

  it('answers 404 for a job that does not exist', async () => {
    expect((await t.http().post('/api/v1/jobs/gibt-es-nicht/run').set(bearer(t.tokens.admin))).status).toBe(404);
  });

  it('serves the trend from the snapshots, with the day’s counts of active measures', async () => {
    const active = (await t.http().get('/api/v1/measures?pageSize=1').set(bearer(t.tokens.executive))).body.total;
    const trend = await t.http().get('/api/v1/dashboard/trend').set(bearer(t.tokens.executive));
    expect(trend.status).toBe(200);
    expect(trend.headers['content-type']).toBe('application/json; charset=utf-8');
    const today = (trend.body as TrendPoint[]).find((p) => p.day === dateInBerlin(new Date()));
    expect(today).toBeDefined();
    expect(today!.total).toBe(active);
    expect(Object.values(today!.byStatus).reduce((a, b) => a + b, 0)).toBe(active);
    expect(Object.values(today!.byAssessment).reduce((a, b) => a + b, 0)).toBe(active);
  });

  it('refuses a trend range that ends before it starts, or a malformed date', async () => {
    expect((await t.http().get('/api/v1/dashboard/trend?from=2026-05-01&to=2026-01-01').set(bearer(t.tokens.executive))).status).toBe(400);
    expect((await t.http().get('/api/v1/dashboard/trend?from=gestern').set(bearer(t.tokens.executive))).status).toBe(400);
    const badResolution = await t.http().get('/api/v1/dashboard/trend?resolution=stündlich').set(bearer(t.tokens.executive));
    expect(badResolution.status).toBe(400);
    expect(badResolution.body.errors[0]).toMatchObject({ field: 'resolution' });
  });

  it('thins a long trend to the last snapshot of each week, and a new snapshot shows at once', async () => {
    const snapshots = t.app.get(SnapshotService);
    // 21 days from Monday 2025-03-03 to Sunday 2025-03-23: three whole weeks.
    for (let i = 0; i < 21; i++) await snapshots.takeSnapshot(new Date(Date.UTC(2025, 2, 3 + i)).toISOString().slice(0, 10));
    const range = 'from=2025-03-01&to=2025-03-31';
    const days = (await t.http().get(`/api/v1/dashboard/trend?${range}`).set(bearer(t.tokens.executive))).body as TrendPoint[];
    expect(days.map((p) => p.day)).toHaveLength(21);
    const weeks = (await t.http().get(`/api/v1/dashboard/trend?${range}&resolution=week`).set(bearer(t.tokens.executive)))
      .body as TrendPoint[];
    expect(weeks.map((p) => p.day)).toEqual(['2025-03-09', '2025-03-16', '2025-03-23']);
    const year = (await t.http().get('/api/v1/dashboard/trend?from=2024-06-01&to=2025-05-31').set(bearer(t.tokens.executive)))
      .body as TrendPoint[];
    expect(year.map((p) => p.day)).toEqual(['2025-03-09', '2025-03-16', '2025-03-23']);

    await snapshots.takeSnapshot('2025-03-24');
    const after = (await t.http().get(`/api/v1/dashboard/trend?${range}&resolution=week`).set(bearer(t.tokens.executive)))
      .body as TrendPoint[];
    expect(after.map((p) => p.day)).toEqual(['2025-03-09', '2025-03-16', '2025-03-23', '2025-03-24']);
  });
});

describe('two API instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    [a, b] = await createTwoTestApps();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('run each scheduled slot exactly once, however often both fire', async () => {
    const at = new Date('2026-11-25T00:15:00+01:00');
    const jobsA = a.app.get(JobsService);
    const jobsB = b.app.get(JobsService);
    const results = await Promise.all([
      jobsA.runScheduled('status-snapshot', at),
      jobsB.runScheduled('status-snapshot', at),
      jobsA.runScheduled('status-snapshot', at),
      jobsB.runScheduled('status-snapshot', at),
    ]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const runs = await a.dataSource.manager.find(JobRunEntity, { where: { jobName: 'status-snapshot', slot: '2026-11-25' } });
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('SUCCEEDED');
    // The next day's slot is a new one: it runs again.
    expect(await jobsB.runScheduled('status-snapshot', new Date('2026-11-26T00:15:00+01:00'))).not.toBeNull();
  });
});
