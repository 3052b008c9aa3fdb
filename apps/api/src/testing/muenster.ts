import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real data set lives beside the repository (../shared/data), in CI as on a developer machine. */
export const MUENSTER_CSV = resolve(__dirname, '../../../../../shared/data/muenster-klimaschutzkonzept-2020/sachstand.csv');

// The real data is the point of these tests: a missing file is a failure, not a reason to skip.
if (!existsSync(MUENSTER_CSV)) {
  throw new Error(`The Münster data set is missing at ${MUENSTER_CSV} (it lies in ../shared/data beside the repository).`);
}
