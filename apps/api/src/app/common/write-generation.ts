import { EventSubscriber, type EntitySubscriberInterface } from 'typeorm';

/*
 * How the caches learn of this process's own writes. FingerprintCache (fingerprint-cache.ts) keeps
 * read-heavy answers until a cheap scan of their tables says the data changed; another instance's
 * write shows within a second, when the scan runs again. This process's own writes count here, so
 * that the next answer after a write scans at once. Nobody has to remember to count: TypeORM tells
 * the subscriber below of every entity write, raw INSERTs go through EntityColumns (raw-sql.ts),
 * which counts them, and any other raw write runs inside a transaction, whose commit counts.
 */

let generation = 0;

/** Changes whenever this process has written to the database. */
export const currentWriteGeneration = (): number => generation;

export function noteWrite(): void {
  generation++;
}

/** Registered with the data source (data-source-options.ts): counts every write TypeORM makes or commits. */
@EventSubscriber()
export class WriteGenerationSubscriber implements EntitySubscriberInterface {
  afterInsert(): void {
    noteWrite();
  }

  afterUpdate(): void {
    noteWrite();
  }

  afterRemove(): void {
    noteWrite();
  }

  afterSoftRemove(): void {
    noteWrite();
  }

  afterRecover(): void {
    noteWrite();
  }

  afterTransactionCommit(): void {
    noteWrite();
  }
}
