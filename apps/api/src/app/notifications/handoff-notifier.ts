import { Injectable } from '@nestjs/common';
import {
  CLIMATE_CHECK_SUBJECT_TYPE_LABELS,
  CONSULTATION_CATEGORY_LABELS,
  ENGLISH_LABELS,
  type ClimateCheckSubjectType,
  type ConsultationCategory,
  type Role,
} from '@klimaschutz/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { UserEntity } from '../users/user.entity';
import { NotificationDraft, NotificationsService } from './notifications.service';
import { germanDate } from './texts';

/** The roles that act on what is handed to an org unit: its departments, and climate managers who belong to it. */
const ACTING_ROLES: Role[] = ['DEPARTMENT', 'CLIMATE_MANAGER'];

interface OrgUnitRef {
  id: string;
  code: string;
  name: string;
}

interface MeasureRef {
  id: string;
  code: string;
  title: string;
}

/** What a progress-report hand-off needs to know of the report. */
export interface ReportHandoff {
  id: string;
  revision: number;
  measure: MeasureRef;
  orgUnit: OrgUnitRef;
  period: { name: string } | null;
}

export interface Assignment {
  leadOrgUnitId: string;
  participatingOrgUnitIds: string[];
}

export interface MeasureAssignmentChange {
  measure: MeasureRef & { version: number };
  /** Null when the measure is new. */
  before: Assignment | null;
  after: Assignment;
  actor: AuthUser;
}

/** One notice for the users of an org unit; `userId` is filled in per recipient. */
type Notice = Omit<NotificationDraft, 'userId'>;

/** The org units that the change newly made lead or participant, with their new role. */
export function newlyAssigned(before: Assignment | null, after: Assignment): { orgUnitId: string; lead: boolean }[] {
  const result: { orgUnitId: string; lead: boolean }[] = [];
  if (after.leadOrgUnitId !== before?.leadOrgUnitId) result.push({ orgUnitId: after.leadOrgUnitId, lead: true });
  for (const id of after.participatingOrgUnitIds) {
    if (id !== after.leadOrgUnitId && !before?.participatingOrgUnitIds.includes(id)) result.push({ orgUnitId: id, lead: false });
  }
  return result;
}

const reportLabel = (r: ReportHandoff) =>
  `zur Maßnahme „${r.measure.code} – ${r.measure.title}“ ${r.period ? `für den Berichtszeitraum „${r.period.name}“` : '(ohne Berichtszeitraum)'}`;
const reportLabelEn = (r: ReportHandoff) =>
  `on the measure “${r.measure.code} – ${r.measure.title}” ${r.period ? `for the reporting period “${r.period.name}”` : '(without a reporting period)'}`;

/**
 * Every hand-off between people, as a notification in the app and an email per the recipient's
 * preference: a report submitted or reviewed, a climate check submitted, a consultation requested,
 * a measure or milestone given to an org unit. The features call it inside the transaction of the
 * hand-off, so the notices stand or fall with it (outbox), and hand the returned ids to
 * {@link deliver} after the commit. Each notice has a dedupe key, so none is sent twice; the actor is
 * never told of their own action. A hand-off to an org unit without any active account tells the
 * climate managers instead — all of them, the actor included, because nobody else will.
 */
@Injectable()
export class HandoffNotifier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A write in one transaction together with the notices of its hand-off (outbox): `work` pushes the
   * ids the hand-off methods return into `notices`; they are mailed once the transaction has
   * committed, and vanish with it when it fails.
   */
  async transaction<T>(work: (manager: EntityManager, notices: string[]) => Promise<T>): Promise<T> {
    const notices: string[] = [];
    const result = await this.dataSource.transaction((manager) => work(manager, notices));
    this.deliver(notices);
    return result;
  }

  /** After the commit: mails in the background, so the request does not wait for the mail server. */
  deliver(ids: string[]): void {
    this.notifications.deliverInBackground(ids);
  }

  // ------------------------------------------------------------------ to the Stabsstelle

  /** A report (first version or a revision) went to review: the climate managers review it. */
  async reportSubmitted(manager: EntityManager, actor: AuthUser, report: ReportHandoff): Promise<string[]> {
    const revision =
      report.revision > 1 ? `die überarbeitete Fassung (${report.revision}. Fassung) der Sachstandsmeldung` : 'die Sachstandsmeldung';
    const revisionEn =
      report.revision > 1 ? `the revised version (version ${report.revision}) of the progress report` : 'the progress report';
    return this.toClimateManagers(manager, actor, {
      kind: 'REPORT_SUBMITTED',
      subjectKey: `report-submitted:${report.id}`,
      title: `Sachstandsmeldung zur Prüfung: ${report.measure.code} ${report.measure.title}`,
      body:
        `${actor.displayName} hat ${revision} der Organisationseinheit ${report.orgUnit.code} – ${report.orgUnit.name} ${reportLabel(report)} eingereicht. ` +
        'Sie wartet auf Ihre Prüfung.',
      en: {
        title: `Progress report to review: ${report.measure.code} ${report.measure.title}`,
        body:
          `${actor.displayName} has submitted ${revisionEn} of the organisational unit ${report.orgUnit.code} – ${report.orgUnit.name} ${reportLabelEn(report)}. ` +
          'It awaits your review.',
      },
      // The review queue, narrowed to this measure.
      link: `/pruefung?massnahme=${report.measure.id}`,
    });
  }

  async climateCheckSubmitted(
    manager: EntityManager,
    actor: AuthUser,
    check: { id: string; title: string; reference: string | null; subjectType: ClimateCheckSubjectType; orgUnit: OrgUnitRef },
  ): Promise<string[]> {
    const subject = `${CLIMATE_CHECK_SUBJECT_TYPE_LABELS[check.subjectType]} „${check.title}“${check.reference ? ` (${check.reference})` : ''}`;
    const subjectEn = `${ENGLISH_LABELS.CLIMATE_CHECK_SUBJECT_TYPE_LABELS[check.subjectType]} “${check.title}”${check.reference ? ` (${check.reference})` : ''}`;
    return this.toClimateManagers(manager, actor, {
      kind: 'CLIMATE_CHECK_SUBMITTED',
      subjectKey: `climate-check-submitted:${check.id}`,
      title: `Klimacheck zur Stellungnahme: ${check.reference ? `${check.reference} ` : ''}${check.title}`,
      body:
        `${actor.displayName} hat den Klimacheck der Organisationseinheit ${check.orgUnit.code} – ${check.orgUnit.name} zu ${subject} eingereicht. ` +
        'Er wartet auf Ihre Stellungnahme.',
      en: {
        title: `Climate check for your statement: ${check.reference ? `${check.reference} ` : ''}${check.title}`,
        body:
          `${actor.displayName} has submitted the climate check of the organisational unit ${check.orgUnit.code} – ${check.orgUnit.name} on ${subjectEn}. ` +
          'It awaits your statement.',
      },
      link: `/klimacheck/${check.id}`,
    });
  }

  async consultationRequested(
    manager: EntityManager,
    actor: AuthUser,
    consultation: { id: string; topic: string; category: ConsultationCategory; desiredDate: string | null; requestingOrgUnit: OrgUnitRef },
  ): Promise<string[]> {
    const unit = consultation.requestingOrgUnit;
    const desired = consultation.desiredDate ? ` Gewünschter Termin: ${germanDate(consultation.desiredDate)}.` : '';
    const desiredEn = consultation.desiredDate ? ` Preferred date: ${germanDate(consultation.desiredDate)}.` : '';
    return this.toClimateManagers(manager, actor, {
      kind: 'CONSULTATION_REQUESTED',
      subjectKey: `consultation-requested:${consultation.id}`,
      title: `Beratung angefragt: ${consultation.topic}`,
      body:
        `${actor.displayName} hat für ${unit.code} – ${unit.name} eine Beratung angefragt: „${consultation.topic}“ ` +
        `(${CONSULTATION_CATEGORY_LABELS[consultation.category]}).${desired} Bitte übernehmen und terminieren Sie die Anfrage.`,
      en: {
        title: `Consultation requested: ${consultation.topic}`,
        body:
          `${actor.displayName} has requested a consultation for ${unit.code} – ${unit.name}: “${consultation.topic}” ` +
          `(${ENGLISH_LABELS.CONSULTATION_CATEGORY_LABELS[consultation.category]}).${desiredEn} Please take on the request and schedule it.`,
      },
      link: `/beratungen/${consultation.id}`,
    });
  }

  // ------------------------------------------------------------------ to an org unit

  /** Accepted or sent back: the reporting org unit hears it, and the author wherever they are now. */
  async reportReviewed(
    manager: EntityManager,
    actor: AuthUser,
    report: ReportHandoff & { authorId: string | null; decision: 'ACCEPT' | 'REQUEST_REVISION'; comment: string | null },
  ): Promise<string[]> {
    const accepted = report.decision === 'ACCEPT';
    const notice: Notice = accepted
      ? {
          kind: 'REPORT_ACCEPTED',
          subjectKey: `report-accepted:${report.id}`,
          title: `Sachstandsmeldung angenommen: ${report.measure.code} ${report.measure.title}`,
          body:
            `${actor.displayName} hat die Sachstandsmeldung ${reportLabel(report)} angenommen.` +
            (report.comment ? ` Anmerkung: „${report.comment}“` : ''),
          en: {
            title: `Progress report accepted: ${report.measure.code} ${report.measure.title}`,
            body:
              `${actor.displayName} has accepted the progress report ${reportLabelEn(report)}.` +
              (report.comment ? ` Comment: “${report.comment}”` : ''),
          },
          link: `/sachstandsmeldungen/${report.id}`,
        }
      : {
          kind: 'REPORT_RETURNED',
          subjectKey: `report-returned:${report.id}`,
          title: `Sachstandsmeldung zur Überarbeitung: ${report.measure.code} ${report.measure.title}`,
          body:
            `${actor.displayName} hat die Sachstandsmeldung ${reportLabel(report)} zur Überarbeitung zurückgegeben. ` +
            `Begründung: „${report.comment ?? ''}“ Bitte legen Sie eine neue Fassung an und reichen Sie sie erneut ein.`,
          en: {
            title: `Progress report returned for revision: ${report.measure.code} ${report.measure.title}`,
            body:
              `${actor.displayName} has returned the progress report ${reportLabelEn(report)} for revision. ` +
              `Reason: “${report.comment ?? ''}” Please create a new version and submit it again.`,
          },
          link: `/sachstandsmeldungen/${report.id}`,
        };
    return this.toOrgUnits(manager, actor, [{ orgUnit: report.orgUnit, notice }], report.authorId ? [report.authorId] : []);
  }

  async milestoneAssigned(
    manager: EntityManager,
    actor: AuthUser,
    milestone: { id: string; version: number; title: string; dueDate: string | null; measure: MeasureRef; orgUnit: OrgUnitRef },
  ): Promise<string[]> {
    const { measure, orgUnit } = milestone;
    return this.toOrgUnits(manager, actor, [
      {
        orgUnit,
        notice: {
          kind: 'MILESTONE_ASSIGNED',
          // Per change: a milestone taken away and given back is told again.
          subjectKey: `milestone-assigned:${milestone.id}:${milestone.version}:${orgUnit.id}`,
          title: `Meilenstein übertragen: ${milestone.title} (${measure.code})`,
          body:
            `${actor.displayName} hat Ihrer Organisationseinheit ${orgUnit.name} den Meilenstein „${milestone.title}“ ` +
            `der Maßnahme „${measure.code} – ${measure.title}“ übertragen` +
            (milestone.dueDate ? `; er ist am ${germanDate(milestone.dueDate)} fällig.` : '.') +
            ' Bitte markieren Sie ihn als erledigt, sobald er erreicht ist.',
          en: {
            title: `Milestone handed over: ${milestone.title} (${measure.code})`,
            body:
              `${actor.displayName} has handed the milestone “${milestone.title}” of the measure “${measure.code} – ${measure.title}” ` +
              `to your organisational unit ${orgUnit.name}` +
              (milestone.dueDate ? `; it is due on ${germanDate(milestone.dueDate)}.` : '.') +
              ' Please mark it as done once it is reached.',
          },
          link: `/massnahmen/${measure.id}`,
        },
      },
    ]);
  }

  /** A measure is now an org unit's (lead) or it takes part in it. */
  async measureAssigned(manager: EntityManager, change: MeasureAssignmentChange): Promise<string[]> {
    const units = newlyAssigned(change.before, change.after);
    if (!units.length) return [];
    const refs = new Map(
      (
        await manager.find(OrgUnitEntity, {
          select: { id: true, code: true, name: true },
          where: { id: In(units.map((u) => u.orgUnitId)) },
        })
      ).map((o) => [o.id, o]),
    );
    const { measure, actor } = change;
    return this.toOrgUnits(
      manager,
      actor,
      units
        .filter((unit) => refs.has(unit.orgUnitId))
        .map((unit) => {
          const orgUnit = refs.get(unit.orgUnitId)!;
          const notice: Notice = {
            kind: 'MEASURE_ASSIGNED',
            // Per change (the measure's new version): a unit taken off and assigned again is told again.
            subjectKey: `measure-assigned:${measure.id}:${measure.version}:${orgUnit.id}`,
            title: `${unit.lead ? 'Federführung' : 'Beteiligung'}: ${measure.code} ${measure.title}`,
            body:
              `${actor.displayName} hat Ihrer Organisationseinheit ${orgUnit.name} die Maßnahme „${measure.code} – ${measure.title}“ ` +
              (unit.lead
                ? 'federführend zugeordnet. Ihre Organisationseinheit meldet künftig den Sachstand dieser Maßnahme.'
                : 'als beteiligter Organisationseinheit zugeordnet. Sie können Beiträge zum Sachstand melden.'),
            en: {
              title: `${unit.lead ? 'Lead' : 'Participation'}: ${measure.code} ${measure.title}`,
              body:
                `${actor.displayName} has assigned the measure “${measure.code} – ${measure.title}” to your organisational unit ${orgUnit.name} ` +
                (unit.lead
                  ? 'as lead. Your organisational unit will report the progress of this measure from now on.'
                  : 'as a participating organisational unit. You can contribute to its progress reports.'),
            },
            link: `/massnahmen/${measure.id}`,
          };
          return { orgUnit, notice };
        }),
    );
  }

  // ------------------------------------------------------------------ recipients

  private async toClimateManagers(manager: EntityManager, actor: AuthUser, notice: Notice): Promise<string[]> {
    const users = await manager.find(UserEntity, { select: { id: true }, where: { role: 'CLIMATE_MANAGER', active: true } });
    return this.notifications.create(
      manager,
      users.filter((u) => u.id !== actor.id).map((u) => ({ ...notice, userId: u.id })),
    );
  }

  /**
   * Each notice to the active users of its org unit who act there (and to `alsoUserIds`, e.g. a
   * report's author), never to the actor. An org unit without any such account tells the climate
   * managers that nobody there heard of it.
   */
  private async toOrgUnits(
    manager: EntityManager,
    actor: AuthUser,
    handoffs: { orgUnit: OrgUnitRef; notice: Notice }[],
    alsoUserIds: string[] = [],
  ): Promise<string[]> {
    if (!handoffs.length) return [];
    const members = await manager.find(UserEntity, {
      select: { id: true, orgUnitId: true },
      where: { role: In(ACTING_ROLES), active: true, orgUnitId: In(handoffs.map((h) => h.orgUnit.id)) },
    });
    const also = alsoUserIds.length
      ? await manager.find(UserEntity, { select: { id: true }, where: { id: In(alsoUserIds), active: true } })
      : [];
    const climateManagers = handoffs.some((h) => !members.some((m) => m.orgUnitId === h.orgUnit.id))
      ? await manager.find(UserEntity, { select: { id: true }, where: { role: 'CLIMATE_MANAGER', active: true } })
      : [];
    const drafts: NotificationDraft[] = [];
    for (const { orgUnit, notice } of handoffs) {
      const inUnit = members.filter((m) => m.orgUnitId === orgUnit.id).map((m) => m.id);
      for (const userId of new Set([...inUnit, ...also.map((u) => u.id)])) {
        if (userId !== actor.id) drafts.push({ ...notice, userId });
      }
      if (inUnit.length) continue;
      for (const cm of climateManagers) {
        drafts.push({
          userId: cm.id,
          kind: 'ORG_UNIT_UNREACHABLE',
          subjectKey: `unreachable:${orgUnit.id}:${notice.subjectKey}`,
          title: `Nicht zugestellt: ${orgUnit.code} ${orgUnit.name} hat keine aktiven Benutzerkonten`,
          body:
            `Die Organisationseinheit „${orgUnit.code} – ${orgUnit.name}“ hat keine aktiven Benutzerkonten im Klimaschutz-Cockpit ` +
            `und wurde deshalb nicht benachrichtigt. Es ging um: „${notice.title}“. ` +
            'Bitte informieren Sie die Organisationseinheit auf anderem Weg, oder lassen Sie von der Systemverwaltung ein Konto anlegen.',
          en: {
            title: `Not delivered: ${orgUnit.code} ${orgUnit.name} has no active user accounts`,
            body:
              `The organisational unit “${orgUnit.code} – ${orgUnit.name}” has no active user accounts in the Klimaschutz-Cockpit ` +
              `and was therefore not notified. It was about: “${notice.en.title}”. ` +
              'Please inform the organisational unit another way, or ask the system administration to create an account.',
          },
          link: notice.link,
        });
      }
    }
    return this.notifications.create(manager, drafts);
  }
}
