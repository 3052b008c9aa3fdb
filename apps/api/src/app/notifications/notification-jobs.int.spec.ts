import { notificationFixtures } from '../../testing/notification-fixtures';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { createTestApp, TestApp } from '../../testing/test-app';
import { JobRunEntity } from '../jobs/job-run.entity';
import { JobsService } from '../jobs/jobs.service';
import { NotificationEntity } from './notification.entity';

describe('two API instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let sink: SmtpSink;
  const f = notificationFixtures(() => a);
  beforeAll(async () => {
    sink = await startSmtpSink();
    a = await createTestApp({ SMTP_URL: sink.url, MAIL_RETRY_DELAYS_MS: '10' });
    b = await createTestApp({ DATABASE_URL: a.databaseUrl, SMTP_URL: sink.url, MAIL_RETRY_DELAYS_MS: '10' });
    await f.closeDemoPeriods();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await sink.close();
  });

  it('run each job slot once however often both fire, and never notify or mail anyone twice', async () => {
    await f.newPeriod('Zwei Instanzen ', 3);
    const owing = await f.ledBy(await f.unit('61'));
    const at = new Date();
    const jobsA = a.app.get(JobsService);
    const jobsB = b.app.get(JobsService);
    for (const job of ['report-reminders', 'weekly-digest']) {
      const results = await Promise.all([
        jobsA.runScheduled(job, at),
        jobsB.runScheduled(job, at),
        jobsA.runScheduled(job, at),
        jobsB.runScheduled(job, at),
      ]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      const runs = await a.dataSource.manager.find(JobRunEntity, { where: { jobName: job } });
      expect(runs).toHaveLength(1);
      expect(runs[0].status).toBe('SUCCEEDED');
    }
    expect(sink.received.filter((m) => m.subject.startsWith('Sachstandsmeldung fällig'))).toHaveLength(owing.length);
    expect(sink.received.filter((m) => m.subject.startsWith('Wochenübersicht'))).toHaveLength(1);

    // Admins pressing "run now" on both instances at once: the dedupe key still holds.
    const manual = await Promise.all([jobsA.runNow('report-reminders', 'A'), jobsB.runNow('report-reminders', 'B')]);
    expect(manual.map((r) => r.summary)).toEqual(['0 Erinnerungen', '0 Erinnerungen']);
    expect(await a.dataSource.manager.count(NotificationEntity, { where: { kind: 'REPORT_DUE' } })).toBe(owing.length);
    expect(sink.received.filter((m) => m.subject.startsWith('Sachstandsmeldung fällig'))).toHaveLength(owing.length);
  });

  it('race for the same new subjects without duplicates: each notification and email exactly once', async () => {
    sink.reset();
    await f.newPeriod('Gleichzeitig ', 2);
    const owing = await f.ledBy(await f.unit('61'));
    const [ra, rb] = await Promise.all([
      a.app.get(JobsService).runNow('report-reminders', 'A'),
      b.app.get(JobsService).runNow('report-reminders', 'B'),
    ]);
    expect([ra.status, rb.status]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    const rows = await a.dataSource.manager.find(NotificationEntity, { where: { kind: 'REPORT_DUE' } });
    expect(rows.filter((r) => r.subjectKey.endsWith(':3'))).toHaveLength(owing.length * 2);
    expect(sink.received).toHaveLength(owing.length);
    expect(new Set(sink.received.map((m) => m.subject)).size).toBe(owing.length);
  });
});
