import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ERASED_PERSON_NAME, type AuditAction, type AuditChange, type AuditEvent, type Page } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { historyPolicy, reportingPolicy } from '../auth/policy';
import { entityColumns } from '../common/raw-sql';
import { UserEntity } from '../users/user.entity';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  entityLabel?: string | null;
  scopeId?: string | null;
  changes?: AuditChange[];
  /** For an event written while a progress report is a draft: whose the draft is (see `reportingPolicy.maySeeDraft`). */
  draft?: { orgUnitId: string; authorId: string | null } | null;
}

/**
 * Writes one history entry with the caller's manager and actor. A feature's write functions take one,
 * so the same write records the same entry whether a user's request or an import makes it.
 */
export type RecordAudit = (manager: EntityManager, entry: AuditEntry) => Promise<void>;

/** Who reads a history: the events of records the viewer may not read are left out. */
export type HistoryViewer = Pick<AuthUser, 'id' | 'role' | 'orgUnitId'>;

const normalise = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? [...value].sort() : (value ?? null);

/** The fields whose values differ, in the order given; arrays compare as sets. */
export function diff<T extends object>(before: Partial<T>, after: Partial<T>, fields: readonly (keyof T)[]): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const b = normalise(before[field]);
    const a = normalise(after[field]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ field: String(field), before: b, after: a });
  }
  return changes;
}

/** Strictly increasing timestamps within this process, so that two writes in one millisecond keep their order. */
let lastAt = 0;
function nextTimestamp(): Date {
  lastAt = Math.max(Date.now(), lastAt + 1);
  return new Date(lastAt);
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Writes inside the caller's transaction, so a change and its audit entry stand or fall together. */
  async record(manager: EntityManager, actor: Pick<AuthUser, 'id' | 'displayName'> | null, entry: AuditEntry) {
    const event: AuditEventEntity = {
      id: randomUUID(),
      at: nextTimestamp(),
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? 'System',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityLabel: entry.entityLabel ?? null,
      scopeId: entry.scopeId ?? null,
      changes: entry.changes ?? [],
      draftOrgUnitId: entry.draft?.orgUnitId ?? null,
      draftAuthorId: entry.draft ? entry.draft.authorId : null,
    };
    // A plain INSERT prepared once: save() would read the row back for nothing.
    await entityColumns(manager.connection, AuditEventEntity).insert(manager, event);
  }

  /**
   * A page of history as `viewer` may see it: events of records the viewer may not read (accounts,
   * citizens' feedback, training feedback, report drafts) are left out, as if they did not exist.
   */
  async list(
    filter: { entityType?: string; entityId?: string; actorId?: string; scopeId?: string },
    page: number,
    pageSize: number,
    viewer: HistoryViewer,
  ): Promise<Page<AuditEvent>> {
    const qb = this.events.createQueryBuilder('e');
    if (filter.entityType) qb.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.scopeId) qb.andWhere('(e.entityId = :scopeId OR e.scopeId = :scopeId)', { scopeId: filter.scopeId });
    if (filter.actorId) qb.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    const hidden = historyPolicy.hiddenTypes(viewer as AuthUser);
    if (hidden.length) qb.andWhere('e.entityType NOT IN (:...hiddenTypes)', { hiddenTypes: hidden });
    const drafts = reportingPolicy.draftCondition(viewer as AuthUser, {
      notDraft: 'e.draftOrgUnitId IS NULL',
      orgUnitId: 'e.draftOrgUnitId',
      authorId: 'e.draftAuthorId',
    });
    if (drafts) qb.andWhere(drafts);
    const [rows, total] = await qb
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const names = await this.currentNames(rows);
    return { items: rows.map((row) => toAuditEvent(row, names)), total, page, pageSize };
  }

  /** The actors' names as they are now: a renamed person appears under the new name, an erased one as „Gelöschte Person“. */
  private async currentNames(rows: AuditEventEntity[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    if (!ids.length) return new Map();
    const users = await this.events.manager.find(UserEntity, { select: { id: true, displayName: true }, where: { id: In(ids) } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  // ------------------------------------------------------------------ personal data

  /** Deletes the history of records that were erased with everything they said (e.g. a citizen's feedback). */
  async forget(manager: EntityManager, entityType: string, entityIds: string[]): Promise<void> {
    for (let i = 0; i < entityIds.length; i += 500) {
      await manager.delete(AuditEventEntity, { entityType, entityId: In(entityIds.slice(i, i + 500)) });
    }
  }

  /**
   * Every name and e-mail address an account ever had, as its history recorded them (account
   * created or changed by an admin, the label of its events), so erasure finds old ones too.
   */
  async identitiesOf(manager: EntityManager, userId: string): Promise<{ names: string[]; emails: string[] }> {
    const events = await manager.find(AuditEventEntity, {
      select: { entityLabel: true, changes: true },
      where: { entityType: 'user', entityId: userId, action: In(['CREATE', 'UPDATE']) },
    });
    const names = new Set<string>();
    const emails = new Set<string>();
    for (const event of events) {
      for (const change of event.changes) {
        const values = [change.before, change.after].filter((v): v is string => typeof v === 'string' && v !== '');
        if (change.field === 'displayName') values.forEach((v) => names.add(v));
        if (change.field === 'email') values.forEach((v) => emails.add(v));
      }
      if (event.entityLabel) (event.entityLabel.includes('@') ? emails : names).add(event.entityLabel);
    }
    return { names: [...names], emails: [...emails] };
  }
}

/** The account fields of `user` events that hold a name or an e-mail address. */
export const PERSONAL_USER_FIELDS = new Set(['displayName', 'email']);

export function toAuditEvent(e: AuditEventEntity, currentNames: ReadonlyMap<string, string> = new Map()): AuditEvent {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorId ? { id: e.actorId, displayName: currentNames.get(e.actorId) ?? e.actorName ?? ERASED_PERSON_NAME } : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    entityLabel: e.entityLabel,
    changes: e.changes,
  };
}
