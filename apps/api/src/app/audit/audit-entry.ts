import type { AuditAction, AuditChange } from '@klimaschutz/contracts';
import type { EntityManager } from 'typeorm';

/*
 * What a feature hands the history when it writes: the entry, the recorder that writes it in the
 * caller's transaction, and the field-by-field difference. The AuditService stores and lists them.
 */

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
