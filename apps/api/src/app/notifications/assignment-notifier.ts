import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { NotificationDraft, NotificationsService } from './notifications.service';

export interface Assignment {
  leadOrgUnitId: string;
  participatingOrgUnitIds: string[];
}

export interface MeasureAssignmentChange {
  measure: { id: string; code: string; title: string; version: number };
  /** Null when the measure is new. */
  before: Assignment | null;
  after: Assignment;
  actor: AuthUser;
}

/** The org units that the change newly made lead or participant, with their new role. */
export function newlyAssigned(before: Assignment | null, after: Assignment): { orgUnitId: string; lead: boolean }[] {
  const result: { orgUnitId: string; lead: boolean }[] = [];
  if (after.leadOrgUnitId !== before?.leadOrgUnitId) result.push({ orgUnitId: after.leadOrgUnitId, lead: true });
  for (const id of after.participatingOrgUnitIds) {
    if (id !== after.leadOrgUnitId && !before?.participatingOrgUnitIds.includes(id)) result.push({ orgUnitId: id, lead: false });
  }
  return result;
}

/**
 * Tells a department that a measure is now theirs (lead) or that they take part in it. Called by
 * MeasuresService inside its transaction; the emails go out after the commit.
 */
@Injectable()
export class AssignmentNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  /** Writes the notifications in the caller's transaction; returns their ids for {@link deliver}. */
  async notify(manager: EntityManager, change: MeasureAssignmentChange): Promise<string[]> {
    const units = newlyAssigned(change.before, change.after);
    if (!units.length) return [];
    const users = await this.notifications.usersByOrgUnit(manager, units.map((u) => u.orgUnitId));
    if (!users.size) return [];
    const names = new Map(
      (await manager.find(OrgUnitEntity, { select: { id: true, name: true }, where: { id: In(units.map((u) => u.orgUnitId)) } })).map((o) => [o.id, o.name]),
    );
    const { measure, actor } = change;
    const drafts: NotificationDraft[] = [];
    for (const unit of units) {
      for (const user of users.get(unit.orgUnitId) ?? []) {
        if (user.id === actor.id) continue;
        drafts.push({
          userId: user.id,
          kind: 'MEASURE_ASSIGNED',
          // Per change (the measure's new version): a unit taken off and assigned again is told again.
          subjectKey: `measure-assigned:${measure.id}:${measure.version}:${unit.orgUnitId}`,
          title: `${unit.lead ? 'Federführung' : 'Beteiligung'}: ${measure.code} ${measure.title}`,
          body:
            `${actor.displayName} hat Ihrer Organisationseinheit ${names.get(unit.orgUnitId) ?? ''} die Maßnahme „${measure.code} – ${measure.title}“ ` +
            (unit.lead
              ? 'federführend zugeordnet. Ihre Organisationseinheit meldet künftig den Sachstand dieser Maßnahme.'
              : 'als beteiligter Organisationseinheit zugeordnet. Sie können Beiträge zum Sachstand melden.'),
          link: `/massnahmen/${measure.id}`,
        });
      }
    }
    return this.notifications.create(manager, drafts);
  }

  /** After the commit: mails in the background, so the request does not wait for the mail server. */
  deliver(ids: string[]): void {
    this.notifications.deliverInBackground(ids);
  }
}
