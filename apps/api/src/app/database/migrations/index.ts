import { Foundation1764000000000 } from './1764000000000-foundation';
import { Reporting1764100000000 } from './1764100000000-reporting';

/** Listed explicitly: globs do not survive the webpack bundle. Append new migrations at the end. */
export const migrations = [Foundation1764000000000, Reporting1764100000000];
