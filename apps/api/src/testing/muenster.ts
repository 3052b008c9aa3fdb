import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real data set lives beside the repository (../shared/data), in CI as on a developer machine. */
export const MUENSTER_CSV = resolve(__dirname, '../../../../../shared/data/muenster-klimaschutzkonzept-2020/sachstand.csv');
export const hasMuenster = existsSync(MUENSTER_CSV);
