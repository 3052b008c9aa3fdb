import { ERASED_PERSON_NAME } from '@klimaschutz/contracts';
import { Brackets, EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Everything known about a person who is being erased: the account, and every name and e-mail address it ever had. */
export interface ErasedPerson {
  id: string;
  names: string[];
  emails: string[];
}

/** Removes or replaces a feature's traces of an erased person; runs inside the erasure's transaction. */
export type PersonEraser = (manager: EntityManager, person: ErasedPerson) => Promise<void>;

export interface RetentionRule {
  /** German plural phrase for the job's summary, e.g. „erledigte Rückmeldungen“. */
  what: string;
  /** Deletes or clears what has outlived its period at `now`; returns how many records changed. Idempotent. */
  apply: (manager: EntityManager, now: Date) => Promise<number>;
}

export interface RetentionResult {
  name: string;
  what: string;
  count: number;
}

/** What an erased e-mail address reads as wherever it was written into text. */
export const ERASED_EMAIL_TEXT = '(E-Mail-Adresse gelöscht)';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names this short are replaced only where they are the whole value: as part of a text they match too much. */
const MIN_NAME_IN_TEXT = 4;

/**
 * The person's names and e-mail addresses in `value` (deeply, in strings only) replaced by the
 * placeholders: a whole value that is a name, and a name or address inside a longer text, as a word.
 */
export function redactPerson(value: unknown, person: ErasedPerson): unknown {
  const names = person.names.map((n) => n.trim()).filter(Boolean);
  const emails = person.emails.map((e) => e.trim()).filter(Boolean);
  const word = (parts: string[]) =>
    parts.length ? new RegExp(`(?<![\\p{L}\\p{N}@.])(?:${parts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const nameWords = word(names.filter((n) => n.length >= MIN_NAME_IN_TEXT).sort((a, b) => b.length - a.length));
  const emailWords = word(emails);
  const whole = new Set(names.map((n) => n.toLocaleLowerCase('de')));
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (whole.has(v.trim().toLocaleLowerCase('de'))) return ERASED_PERSON_NAME;
      let text = emailWords ? v.replace(emailWords, ERASED_EMAIL_TEXT) : v;
      text = nameWords ? text.replace(nameWords, ERASED_PERSON_NAME) : text;
      return text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    return v;
  };
  return walk(value);
}

const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const BATCH = 500;

/**
 * Replaces the person's names and e-mail addresses in the text (or JSON) `columns` of every row of
 * `entity` that mentions one of them (see `redactPerson`); returns how many rows changed. The rows
 * are found with LIKE (ILIKE on PostgreSQL), in batches by id.
 */
export async function redactPersonIn<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  columns: (keyof T & string)[],
  person: ErasedPerson,
): Promise<number> {
  const searched = [...person.names.filter((n) => n.trim().length >= MIN_NAME_IN_TEXT), ...person.emails]
    .map((t) => t.trim())
    .filter(Boolean);
  if (!searched.length) return 0;
  const like = manager.connection.options.type === 'postgres' ? 'ILIKE' : 'LIKE';
  let changed = 0;
  // Rows whose match was only part of a longer word stay as they are; the cursor walks past them.
  let lastId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await manager
      .createQueryBuilder(entity, 'x')
      .where('x.id > :lastId', { lastId })
      .andWhere(
        new Brackets((w) =>
          searched.forEach((text, i) =>
            columns.forEach((column) => w.orWhere(`x.${column} ${like} :redact${i} ESCAPE '\\'`, { [`redact${i}`]: likeText(text) })),
          ),
        ),
      )
      .orderBy('x.id', 'ASC')
      .take(BATCH)
      .getMany();
    for (const row of batch) {
      const next: Record<string, unknown> = {};
      for (const column of columns) {
        const value = redactPerson(row[column], person);
        if (JSON.stringify(value) !== JSON.stringify(row[column])) next[column] = value;
      }
      if (Object.keys(next).length) {
        await manager.update(entity, { id: row.id } as never, next as QueryDeepPartialEntity<T>);
        changed++;
      }
    }
    if (batch.length < BATCH) return changed;
    lastId = batch[batch.length - 1].id;
  }
}
