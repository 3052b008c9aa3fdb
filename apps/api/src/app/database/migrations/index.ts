import { Foundation1764000000000 } from './1764000000000-foundation';
import { Stabsstelle1764200000000 } from './1764200000000-stabsstelle';

/** Listed explicitly: globs do not survive the webpack bundle. Append new migrations at the end. */
export const migrations = [Foundation1764000000000, Stabsstelle1764200000000];
