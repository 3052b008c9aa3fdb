import type { LinkedMeasure, PersonRef } from '@klimaschutz/contracts';
import { compareCodes } from '../common/collate';
import type { MeasureEntity } from '../measures/measure.entity';
import type { UserEntity } from '../users/user.entity';

/** How the Stabsstelle's records show what they refer to in their answers. */

export const toLinkedMeasure = (m: MeasureEntity): LinkedMeasure => ({ id: m.id, code: m.code, title: m.title });

export const byMeasureCode = (a: MeasureEntity, b: MeasureEntity) => compareCodes(a.code, b.code);

export const toPersonRef = (u: UserEntity | null | undefined): PersonRef | null => (u ? { id: u.id, displayName: u.displayName } : null);
