import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real data set is part of the repository (datasets/, with its licence), so a plain clone tests with it. */
export const MUENSTER_CSV = resolve(__dirname, '../../../../datasets/muenster-klimaschutzkonzept-2020/sachstand.csv');

// The real data is the point of these tests: a missing file is a failure, not a reason to skip.
if (!existsSync(MUENSTER_CSV)) {
  throw new Error(`The Münster data set is missing at ${MUENSTER_CSV} (datasets/ at the repository root).`);
}
