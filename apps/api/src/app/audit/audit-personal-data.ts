import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ERASED_PERSON_NAME, type AuditChange } from '@klimaschutz/contracts';
import { EntityManager, In, IsNull, LessThan, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AppConfig } from '../config/app.config';
import { PersonalDataService } from '../privacy/personal-data.service';
import { ERASED_EMAIL_TEXT, redactPersonIn, type ErasedPerson } from '../privacy/personal-data';
import { daysBefore } from '../common/date-time';
import { AuditEventEntity } from './audit-event.entity';
import { PERSONAL_USER_FIELDS } from './audit.service';

/** TypeORM's type for update() cannot express the `unknown` values of a JSON column. */
const json = (changes: AuditChange[]) => changes as unknown as QueryDeepPartialEntity<AuditChange>[];

/**
 * The change history's personal data: the names and e-mail addresses written into it. The history
 * itself — who did what when, by actor id — stays; the names go when a person is erased, and after
 * RETENTION_HISTORY_NAMES_DAYS. Login events go after RETENTION_LOGINS_DAYS.
 */
@Injectable()
export class AuditPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly config: ConfigService,
  ) {}

  onModuleInit(): void {
    const { retention } = this.config.getOrThrow<AppConfig>('app');
    this.personalData.registerEraser('audit', (manager, person) => this.erase(manager, person));
    this.personalData.registerRetention('history-names', {
      what: 'Namen und E-Mail-Adressen in der Änderungshistorie',
      apply: (manager, now) => this.expireNames(manager, daysBefore(now, retention.historyNamesDays)),
    });
    this.personalData.registerRetention('login-events', {
      what: 'Anmeldungen in der Änderungshistorie',
      apply: async (manager, now) =>
        (await manager.delete(AuditEventEntity, { action: In(['LOGIN', 'LOGOUT']), at: LessThan(daysBefore(now, retention.loginsDays)) }))
          .affected ?? 0,
    });
  }

  /** Replaces every trace of the person: as actor, as the account the events are about, and named in any event's texts. */
  async erase(manager: EntityManager, person: ErasedPerson): Promise<void> {
    await manager.update(AuditEventEntity, { actorId: person.id }, { actorName: ERASED_PERSON_NAME });
    const own = await manager.find(AuditEventEntity, { where: { entityType: 'user', entityId: person.id } });
    for (const event of own) {
      const changes = event.changes.map((c) =>
        PERSONAL_USER_FIELDS.has(c.field) ? { ...c, before: placeholder(c.field, c.before), after: placeholder(c.field, c.after) } : c,
      );
      await manager.update(AuditEventEntity, { id: event.id }, { entityLabel: ERASED_PERSON_NAME, changes: json(changes) });
    }
    // Anything else that wrote a name or address into a text, e.g. a measure's contact person.
    await redactPersonIn(manager, AuditEventEntity, ['changes', 'entityLabel'], person);
  }

  /**
   * Clears the name snapshots of events older than `cutoff` (the history keeps naming the actor by
   * id) and the names and addresses recorded by account changes. Returns how many events changed.
   */
  async expireNames(manager: EntityManager, cutoff: Date): Promise<number> {
    const actors = await manager.update(
      AuditEventEntity,
      { at: LessThan(cutoff), actorId: Not(IsNull()), actorName: Not(IsNull()) },
      { actorName: null },
    );
    let changed = actors.affected ?? 0;
    const accountEvents = await manager.find(AuditEventEntity, {
      select: { id: true, entityLabel: true, changes: true },
      where: { entityType: 'user', at: LessThan(cutoff) },
    });
    for (const event of accountEvents) {
      const changes = event.changes.map((c) => (PERSONAL_USER_FIELDS.has(c.field) ? { ...c, before: null, after: null } : c));
      if (event.entityLabel === null && JSON.stringify(changes) === JSON.stringify(event.changes)) continue;
      await manager.update(AuditEventEntity, { id: event.id }, { entityLabel: null, changes: json(changes) });
      changed++;
    }
    return changed;
  }
}

function placeholder(field: string, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value ?? null;
  return field === 'email' ? ERASED_EMAIL_TEXT : ERASED_PERSON_NAME;
}
