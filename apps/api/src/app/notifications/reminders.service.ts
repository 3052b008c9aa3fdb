import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Between, DataSource } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { JobsService } from '../jobs/jobs.service';
import { MilestoneEntity } from '../measures/milestone.entity';
import { missingReports } from '../reporting/missing-reports';
import { ReportingPeriodEntity } from '../reporting/reporting-period.entity';
import { isActive } from '../reporting/reporting-rules';
import { berlinToday } from '../reporting/timeliness';
import { NotificationDraft, NotificationsService, PublishResult } from './notifications.service';
import { addDays, daysBetween, germanDate, inDays, inDaysEn, runSummary } from './texts';
import { dateInBerlin } from '../common/date-time';

/**
 * Overdue notices go out the day after the due date. If the job could not run then (server down),
 * it catches up for this many days; older deadlines are left to the weekly digest, not mailed out
 * in bulk on the first start after an update.
 */
export const OVERDUE_CATCH_UP_DAYS = 7;

/**
 * The reminder offset that applies `daysLeft` days before a due date: the smallest configured one
 * that has been reached. With 14 and 3, a period due in 10 days gets the 14-day reminder, one due
 * in 2 days the 3-day reminder — also when the job missed the exact day.
 */
export function reminderOffset(offsets: readonly number[], daysLeft: number): number | null {
  const reached = offsets.filter((o) => o >= daysLeft);
  return daysLeft < 0 || !reached.length ? null : Math.min(...reached);
}

const measureLink = (measureId: string) => `/massnahmen/${measureId}`;
/** Straight to the report form for that measure and period (dashboard route of the reporting feature). */
const reportFormLink = (measureId: string, periodId: string) => `/massnahmen/${measureId}/sachstand/neu?zeitraum=${periodId}`;

/**
 * Reminders before reporting and milestone due dates, and notices once they have passed, to the
 * DEPARTMENT users of the org unit that has to act. Each notification has a dedupe key, so running a
 * job twice (or on two instances) notifies nobody twice.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly offsets: number[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    config: ConfigService,
  ) {
    this.offsets = config.getOrThrow<AppConfig>('app').reminderDaysBefore;
  }

  onModuleInit(): void {
    const summary = (noun: [string, string]) => (r: PublishResult) =>
      runSummary(r.created, noun, r.delivery, this.notifications.mailEnabled);
    this.jobs.register({
      name: 'report-reminders',
      description: `Erinnerung an fehlende Sachstandsmeldungen ${this.offsets.join(' und ')} Tage vor der Abgabefrist`,
      defaultSchedule: '0 7 * * *',
      slotOf: dateInBerlin,
      run: async () => summary(['Erinnerung', 'Erinnerungen'])(await this.remindReports()),
    });
    this.jobs.register({
      name: 'report-overdue',
      description: 'Hinweis auf überfällige Sachstandsmeldungen am Tag nach der Abgabefrist',
      defaultSchedule: '5 7 * * *',
      slotOf: dateInBerlin,
      run: async () => summary(['Überfällig-Hinweis', 'Überfällig-Hinweise'])(await this.noticeOverdueReports()),
    });
    this.jobs.register({
      name: 'milestone-reminders',
      description: 'Erinnerung an fällige und überfällige Meilensteine der Fachbereiche',
      defaultSchedule: '10 7 * * *',
      slotOf: dateInBerlin,
      run: async () => summary(['Meilenstein-Hinweis', 'Meilenstein-Hinweise'])(await this.remindMilestones()),
    });
    this.jobs.register({
      name: 'notification-emails',
      description: 'Liegen gebliebene Benachrichtigungs-E-Mails erneut zustellen',
      defaultSchedule: '*/15 * * * *',
      run: async () => {
        const d = await this.notifications.deliverLeftovers();
        return d.sent + d.failed + d.skipped === 0
          ? 'Keine liegen gebliebenen E-Mails'
          : `${d.sent} E-Mails nachträglich versendet, ${d.failed} fehlgeschlagen, ${d.skipped} ohne E-Mail`;
      },
    });
  }

  /** Open periods due within the largest offset: their missing reports, to the lead unit. */
  async remindReports(today = berlinToday()): Promise<PublishResult> {
    const manager = this.dataSource.manager;
    const periods = await manager.find(ReportingPeriodEntity, {
      where: { closed: false, dueDate: Between(today, addDays(today, Math.max(...this.offsets))) },
      order: { dueDate: 'ASC' },
    });
    const drafts: NotificationDraft[] = [];
    for (const period of periods) {
      const daysLeft = daysBetween(today, period.dueDate);
      const offset = reminderOffset(this.offsets, daysLeft);
      if (offset === null) continue;
      const missing = await missingReports(manager, period.id);
      const users = await this.notifications.usersByOrgUnit(
        manager,
        missing.map((m) => m.leadOrgUnitId),
      );
      for (const m of missing) {
        for (const user of users.get(m.leadOrgUnitId) ?? []) {
          drafts.push({
            userId: user.id,
            kind: 'REPORT_DUE',
            subjectKey: `report-due:${period.id}:${period.dueDate}:${m.id}:${offset}`,
            title: `Sachstandsmeldung fällig ${inDays(daysLeft)}: ${m.code} ${m.title}`,
            body:
              `Für die Maßnahme „${m.code} – ${m.title}“ fehlt noch die Sachstandsmeldung Ihrer Organisationseinheit ` +
              `zum Berichtszeitraum „${period.name}“. Abgabefrist ist ${inDays(daysLeft)}, am ${germanDate(period.dueDate)}. ` +
              'Über den Link gelangen Sie direkt zum Meldeformular.',
            en: {
              title: `Progress report due ${inDaysEn(daysLeft)}: ${m.code} ${m.title}`,
              body:
                `The progress report of your organisational unit on the measure “${m.code} – ${m.title}” ` +
                `for the reporting period “${period.name}” is still missing. It is due ${inDaysEn(daysLeft)}, on ${germanDate(period.dueDate)}. ` +
                'The link takes you straight to the report form.',
            },
            link: reportFormLink(m.id, period.id),
          });
        }
      }
    }
    return this.notifications.publish(drafts);
  }

  /** Open periods whose due date passed (within the catch-up window): their missing reports. */
  async noticeOverdueReports(today = berlinToday()): Promise<PublishResult> {
    const manager = this.dataSource.manager;
    const periods = await manager.find(ReportingPeriodEntity, {
      where: { closed: false, dueDate: Between(addDays(today, -OVERDUE_CATCH_UP_DAYS), addDays(today, -1)) },
      order: { dueDate: 'ASC' },
    });
    const drafts: NotificationDraft[] = [];
    for (const period of periods) {
      const missing = await missingReports(manager, period.id);
      const users = await this.notifications.usersByOrgUnit(
        manager,
        missing.map((m) => m.leadOrgUnitId),
      );
      for (const m of missing) {
        for (const user of users.get(m.leadOrgUnitId) ?? []) {
          drafts.push({
            userId: user.id,
            kind: 'REPORT_OVERDUE',
            subjectKey: `report-overdue:${period.id}:${period.dueDate}:${m.id}`,
            title: `Sachstandsmeldung überfällig: ${m.code} ${m.title}`,
            body:
              `Die Sachstandsmeldung Ihrer Organisationseinheit zur Maßnahme „${m.code} – ${m.title}“ ` +
              `für den Berichtszeitraum „${period.name}“ war am ${germanDate(period.dueDate)} fällig und liegt noch nicht vor. ` +
              'Bitte reichen Sie sie so bald wie möglich ein.',
            en: {
              title: `Progress report overdue: ${m.code} ${m.title}`,
              body:
                `The progress report of your organisational unit on the measure “${m.code} – ${m.title}” ` +
                `for the reporting period “${period.name}” was due on ${germanDate(period.dueDate)} and has not arrived yet. ` +
                'Please submit it as soon as possible.',
            },
            link: reportFormLink(m.id, period.id),
          });
        }
      }
    }
    return this.notifications.publish(drafts);
  }

  /**
   * Open milestones of active measures: a reminder before the due date and a notice after it, to the
   * responsible org unit (or the measure's lead unit when none is named).
   */
  async remindMilestones(today = berlinToday()): Promise<PublishResult> {
    const manager = this.dataSource.manager;
    const milestones = await manager.find(MilestoneEntity, {
      where: {
        state: 'OPEN',
        dueDate: Between(addDays(today, -OVERDUE_CATCH_UP_DAYS), addDays(today, Math.max(...this.offsets))),
      },
      relations: { measure: true },
      order: { dueDate: 'ASC' },
    });
    const relevant = milestones.filter((ms) => ms.measure && isActive(ms.measure));
    const unitOf = (ms: MilestoneEntity) => ms.responsibleOrgUnitId ?? ms.measure!.leadOrgUnitId;
    const users = await this.notifications.usersByOrgUnit(manager, relevant.map(unitOf));
    const drafts: NotificationDraft[] = [];
    for (const ms of relevant) {
      const m = ms.measure!;
      const dueDate = ms.dueDate!;
      const daysLeft = daysBetween(today, dueDate);
      const offset = reminderOffset(this.offsets, daysLeft);
      if (daysLeft >= 0 && offset === null) continue;
      for (const user of users.get(unitOf(ms)) ?? []) {
        drafts.push(
          daysLeft >= 0
            ? {
                userId: user.id,
                kind: 'MILESTONE_DUE',
                subjectKey: `milestone-due:${ms.id}:${dueDate}:${offset}`,
                title: `Meilenstein fällig ${inDays(daysLeft)}: ${ms.title} (${m.code})`,
                body:
                  `Der Meilenstein „${ms.title}“ der Maßnahme „${m.code} – ${m.title}“ ist ${inDays(daysLeft)} fällig, ` +
                  `am ${germanDate(dueDate)}. Bitte markieren Sie ihn als erledigt, sobald er erreicht ist.`,
                en: {
                  title: `Milestone due ${inDaysEn(daysLeft)}: ${ms.title} (${m.code})`,
                  body:
                    `The milestone “${ms.title}” of the measure “${m.code} – ${m.title}” is due ${inDaysEn(daysLeft)}, ` +
                    `on ${germanDate(dueDate)}. Please mark it as done once it is reached.`,
                },
                link: measureLink(m.id),
              }
            : {
                userId: user.id,
                kind: 'MILESTONE_OVERDUE',
                subjectKey: `milestone-overdue:${ms.id}:${dueDate}`,
                title: `Meilenstein überfällig: ${ms.title} (${m.code})`,
                body:
                  `Der Meilenstein „${ms.title}“ der Maßnahme „${m.code} – ${m.title}“ war am ${germanDate(dueDate)} fällig ` +
                  'und ist noch offen. Bitte markieren Sie ihn als erledigt oder stimmen Sie einen neuen Termin mit dem Klimaschutzmanagement ab.',
                en: {
                  title: `Milestone overdue: ${ms.title} (${m.code})`,
                  body:
                    `The milestone “${ms.title}” of the measure “${m.code} – ${m.title}” was due on ${germanDate(dueDate)} ` +
                    'and is still open. Please mark it as done or agree a new date with the climate management.',
                },
                link: measureLink(m.id),
              },
        );
      }
    }
    return this.notifications.publish(drafts);
  }
}
