import type { FieldOfAction, JobRun, MeasureSummary, OrgUnit, Page, ReportingPeriod } from '@klimaschutz/contracts';
import type { FindOptionsWhere } from 'typeorm';
import { NotificationEntity } from '../app/notifications/notification.entity';
import { NotificationsService } from '../app/notifications/notifications.service';
import { addDays } from '../app/notifications/texts';
import { berlinToday } from '../app/reporting/timeliness';
import { bearer, type TestApp } from './test-app';

const INACTIVE_STATUSES = ['COMPLETED', 'CANCELLED'];
let seq = 0;
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${seq++}`.toUpperCase();

function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
}

/** What the notification specs share: demo units, periods due relative to today, running jobs, stored rows. */
export function notificationFixtures(t: () => TestApp) {
  const cm = () => bearer(t().tokens.climateManager);
  const today = berlinToday();
  return {
    cm,
    dept: () => bearer(t().tokens.department),
    admin: () => bearer(t().tokens.admin),
    today,
    unit: async (code: string) =>
      ((await t().http().get('/api/v1/org-units?pageSize=500').set(cm())).body.items as OrgUnit[]).find((u) => u.code === code)!,
    field: async () => (await t().http().get('/api/v1/fields-of-action').set(cm())).body.items[0] as FieldOfAction,
    /** The demo's open period ("Sachstand 2026", due 15.12.) would enter the reminder window in December; tests bring their own. */
    closeDemoPeriods: async () => {
      const open: ReportingPeriod[] = (await t().http().get('/api/v1/reporting-periods?closed=false').set(cm())).body.items;
      for (const p of open)
        expectStatus(await t().http().post(`/api/v1/reporting-periods/${p.id}/close`).set(cm()), 200, 'closing a period');
    },
    newPeriod: async (name: string, dueInDays: number) => {
      const response = await t()
        .http()
        .post('/api/v1/reporting-periods')
        .set(cm())
        .send({ name: unique(name), startDate: addDays(today, -90), endDate: addDays(today, 30), dueDate: addDays(today, dueInDays) });
      expectStatus(response, 201, 'creating a period');
      return response.body as ReportingPeriod;
    },
    /** Active measures the unit leads: the ones that owe a report. */
    ledBy: async (unit: OrgUnit) =>
      (
        (await t().http().get(`/api/v1/measures?orgUnitId=${unit.id}&orgUnitRole=lead&pageSize=500`).set(cm())).body as Page<MeasureSummary>
      ).items.filter((m) => !INACTIVE_STATUSES.includes(m.status)),
    /** "Run now" as an admin, through HTTP like the admin page. */
    runJob: async (name: string) => {
      const response = await t().http().post(`/api/v1/jobs/${name}/run`).set(bearer(t().tokens.admin));
      expectStatus(response, 200, `running ${name}`);
      return response.body as JobRun;
    },
    /** Every email a request started in the background has been handed to the mail server (or failed). */
    settled: () => t().app.get(NotificationsService).settled(),
    stored: (where: FindOptionsWhere<NotificationEntity> = {}) =>
      t().dataSource.manager.find(NotificationEntity, { where, relations: { user: true }, order: { createdAt: 'ASC' } }),
  };
}
