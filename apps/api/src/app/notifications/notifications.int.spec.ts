import type { NotificationPreferences } from '@klimaschutz/contracts';
import { notificationFixtures } from '../../testing/notification-fixtures';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

describe('notifications without SMTP, authorization and validation', () => {
  let t: TestApp;
  const f = notificationFixtures(() => t);
  beforeAll(async () => {
    t = await createTestApp({ SMTP_URL: '' });
    await f.closeDemoPeriods();
  });
  afterAll(() => t.close());

  it('keeps notifications in the app when SMTP_URL is unset (SKIPPED), and says so', async () => {
    await f.newPeriod('Ohne Mailserver ', 14);
    const owing = await f.ledBy(await f.unit('61'));
    const run = await f.runJob('report-reminders');
    expect(run.summary).toBe(`${owing.length} Erinnerungen, nur im Cockpit (E-Mail-Versand nicht eingerichtet)`);
    const rows = await f.stored({ kind: 'REPORT_DUE' });
    expect(rows).toHaveLength(owing.length);
    expect(rows.every((r) => r.emailState === 'SKIPPED' && r.emailAttempts === 0)).toBe(true);
    expect(rows[0].title).toMatch(/^Sachstandsmeldung fällig in 14 Tagen: /);
    expect((await t.http().get('/api/v1/auth/me/preferences').set(f.dept())).body).toEqual({
      emailNotifications: true,
      emailAvailable: false,
    });
  });

  it('lists every job with its schedule, and leaves other jobs alone', async () => {
    const jobs: { name: string; schedule: string }[] = (await t.http().get('/api/v1/jobs').set(f.admin())).body;
    expect(Object.fromEntries(jobs.map((j) => [j.name, j.schedule]))).toMatchObject({
      'status-snapshot': '15 0 * * *',
      'report-reminders': '0 7 * * *',
      'report-overdue': '5 7 * * *',
      'milestone-reminders': '10 7 * * *',
      'weekly-digest': '30 7 * * 1',
      'notification-emails': '*/15 * * * *',
    });
    expect((await f.runJob('notification-emails')).summary).toBe('Keine liegen gebliebenen E-Mails');
  });

  it('lets every role use its own notification centre and preferences; refuses anonymous callers', async () => {
    for (const role of ['admin', 'climateManager', 'department', 'executive', 'communication'] as const) {
      const token = bearer(t.tokens[role]);
      expect((await t.http().get('/api/v1/notifications').set(token)).status).toBe(200);
      expect((await t.http().get('/api/v1/notifications/unread-count').set(token)).status).toBe(200);
      expect((await t.http().post('/api/v1/notifications/read-all').set(token)).status).toBe(200);
      expect((await t.http().post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read').set(token)).status).toBe(404);
      expect((await t.http().get('/api/v1/auth/me/preferences').set(token)).status).toBe(200);
      const off = await t.http().patch('/api/v1/auth/me/preferences').set(token).send({ emailNotifications: false });
      expect(off.status).toBe(200);
      expect(off.body.emailNotifications).toBe(false);
      expect(
        (await t.http().patch('/api/v1/auth/me/preferences').set(token).send({ emailNotifications: true })).body.emailNotifications,
      ).toBe(true);
    }
    for (const [method, path] of [
      ['get', '/api/v1/notifications'],
      ['get', '/api/v1/notifications/unread-count'],
      ['post', '/api/v1/notifications/read-all'],
      ['post', '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read'],
      ['get', '/api/v1/auth/me/preferences'],
      ['patch', '/api/v1/auth/me/preferences'],
    ] as const) {
      expect((await t.http()[method](path)).status).toBe(401);
    }
  });

  it('records switching email off in the audit trail', async () => {
    await t.http().patch('/api/v1/auth/me/preferences').set(f.dept()).send({ emailNotifications: false });
    const me = (await t.http().get('/api/v1/auth/me').set(f.dept())).body;
    const events = (await t.http().get(`/api/v1/audit-events?entityType=user&entityId=${me.id}`).set(f.admin())).body.items;
    expect(events[0]).toMatchObject({ action: 'UPDATE', changes: [{ field: 'emailNotifications', before: true, after: false }] });
    const prefs: NotificationPreferences = (
      await t.http().patch('/api/v1/auth/me/preferences').set(f.dept()).send({ emailNotifications: true })
    ).body;
    expect(prefs.emailNotifications).toBe(true);
  });

  it.each([
    ['GET', '/api/v1/notifications?unread=vielleicht', undefined, 'unread'],
    ['GET', '/api/v1/notifications?pageSize=0', undefined, 'pageSize'],
    ['GET', '/api/v1/notifications?page=abc', undefined, 'page'],
    ['GET', '/api/v1/notifications?sort=title', undefined, 'sort'],
    ['POST', '/api/v1/notifications/keine-uuid/read', undefined, 'id'],
    ['PATCH', '/api/v1/auth/me/preferences', { emailNotifications: 'ja' }, 'emailNotifications'],
    ['PATCH', '/api/v1/auth/me/preferences', {}, 'emailNotifications'],
    ['PATCH', '/api/v1/auth/me/preferences', { emailNotifications: false, role: 'ADMIN' }, 'role'],
  ])('answers %s %s with 400 naming the field', async (method, path, body, field) => {
    const request =
      method === 'GET'
        ? t.http().get(path)
        : method === 'POST'
          ? t.http().post(path)
          : t
              .http()
              .patch(path)
              .send(body as object);
    const response = await request.set(f.dept());
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
    expect((await t.http().get('/api/v1/auth/me/preferences').set(f.dept())).body.emailNotifications).toBe(true);
  });
});
