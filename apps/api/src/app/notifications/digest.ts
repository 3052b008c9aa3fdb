import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../users/user.entity';

/* What a feature hands the weekly digest (see DigestService.registerSection). */

export interface DigestContext {
  /** The climate manager the digest is for. */
  recipient: Pick<UserEntity, 'id' | 'displayName' | 'orgUnitId'>;
  /** The week the digest looks back on: `since` inclusive, `until` exclusive. */
  since: Date;
  until: Date;
  manager: EntityManager;
}

export interface DigestSection {
  /** German heading, e.g. "Sachstandsmeldungen zur Prüfung (3 neu seit der letzten Übersicht)". */
  title: string;
  /** One short German line per item; a section without lines is left out. */
  lines: string[];
  /** The same section in English, for a recipient whose interface is English. */
  en: { title: string; lines: string[] };
  /** App path where the climate manager works on it. */
  link?: string | null;
}

/** Contributes one section to the weekly digest, or null when there is nothing to say this week. */
export type DigestSectionSource = (context: DigestContext) => Promise<DigestSection | null>;

/** ISO 8601 week of a `YYYY-MM-DD` day, e.g. `2026-W48`: the slot and dedupe key of the weekly digest. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
