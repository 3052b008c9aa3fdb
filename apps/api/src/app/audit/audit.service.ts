import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditAction, AuditChange, AuditEvent, Page } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { entityColumns } from '../common/raw-sql';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  entityLabel?: string | null;
  scopeId?: string | null;
  changes?: AuditChange[];
}

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

/** Counts the writes of this process (every write records an audit event), so caches can notice them. */
let writeGeneration = 0;
export const currentWriteGeneration = () => writeGeneration;
/** For the few writes that have no audit entry of their own (e.g. the daily snapshot). */
export const noteWrite = () => void writeGeneration++;

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
    writeGeneration++;
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
    };
    // A plain INSERT prepared once: save() would read the row back for nothing.
    await entityColumns(manager.connection, AuditEventEntity).insert(manager, event);
  }

  async list(
    filter: { entityType?: string; entityId?: string; actorId?: string; scopeId?: string },
    page: number,
    pageSize: number,
  ): Promise<Page<AuditEvent>> {
    const qb = this.events.createQueryBuilder('e');
    if (filter.entityType) qb.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.scopeId) qb.andWhere('(e.entityId = :scopeId OR e.scopeId = :scopeId)', { scopeId: filter.scopeId });
    if (filter.actorId) qb.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    const [rows, total] = await qb
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toAuditEvent), total, page, pageSize };
  }
}

export function toAuditEvent(e: AuditEventEntity): AuditEvent {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorId ? { id: e.actorId, displayName: e.actorName ?? '' } : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    entityLabel: e.entityLabel,
    changes: e.changes,
  };
}
