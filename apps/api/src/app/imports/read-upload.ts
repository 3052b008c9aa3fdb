import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ImportFileError, type RawTable } from './import-file';

export interface ReaderLimits {
  /** Heap of the reading thread. */
  heapMb: number;
  /** Time one file may take to read. */
  timeoutMs: number;
}

/** The largest allowed file (4.6 MB, 5,000 rows × 60 columns as XLSX) needed 128–192 MB (measured): twice that. */
export const READER_LIMITS: ReaderLimits = { heapMb: 384, timeoutMs: 60_000 };

/**
 * The worker's entry: the bundle's `import-file.worker.js` (a webpack entry of its own), or in tests and
 * the import CLI, which run the TypeScript sources, the `.ts` file compiled on the fly by swc.
 */
function workerSource(): string {
  const built = join(__dirname, 'import-file.worker.js');
  if (existsSync(built)) return `require(${JSON.stringify(built)});`;
  return `require('@swc-node/register'); require(${JSON.stringify(join(__dirname, 'import-file.worker.ts'))});`;
}

interface Answer {
  id: number;
  table?: RawTable;
  refused?: string;
  failed?: string;
}

/**
 * A worker thread with a capped heap that reads uploads one at a time. It is started on first use
 * and kept (starting one and loading the parsers costs more than reading a catalogue); when a file
 * exhausts its heap or its time, the thread is ended and the next file gets a new one.
 */
class ReaderThread {
  private worker: Worker | null = null;
  private turn: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly limits: ReaderLimits) {}

  read(buffer: Buffer, fileName: string): Promise<RawTable> {
    const result = this.turn.then(() => this.readNow(buffer, fileName));
    this.turn = result.catch(() => undefined);
    return result;
  }

  private readNow(buffer: Buffer, fileName: string): Promise<RawTable> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<RawTable>((resolve, reject) => {
      const done = (outcome: () => void, end = false) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (end) this.end(worker);
        outcome();
      };
      const onMessage = (answer: Answer) => {
        if (answer.id !== id) return;
        if (answer.table) done(() => resolve(answer.table as RawTable));
        else done(() => reject(new ImportFileError(answer.refused ?? 'Die Datei kann nicht gelesen werden.')));
      };
      const onError = (error: Error & { code?: string }) =>
        done(
          () =>
            reject(
              new ImportFileError(
                error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                  ? 'Die Datei braucht beim Lesen zu viel Speicher und wird abgelehnt (zu viele oder zu große Zellen).'
                  : 'Die Datei kann nicht gelesen werden.',
              ),
            ),
          true,
        );
      const onExit = () => done(() => reject(new ImportFileError('Die Datei kann nicht gelesen werden.')), true);
      const timer = setTimeout(
        () =>
          done(() => reject(new ImportFileError('Die Datei konnte nicht in angemessener Zeit gelesen werden und wird abgelehnt.')), true),
        this.limits.timeoutMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, buffer, fileName });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerSource(), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // An idle reader never keeps the process (the CLI, a test run) from ending.
    worker.unref();
    worker.on('error', () => this.end(worker));
    worker.on('exit', () => this.end(worker));
    this.worker = worker;
    return worker;
  }

  private end(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}

const threads = new Map<string, ReaderThread>();

/**
 * Reads an uploaded CSV or XLSX file in a worker thread with a capped heap and a time limit: a
 * hostile or broken file (a zip bomb, a sheet of millions of cells, a parser's worst case) costs
 * that thread, which is then ended — never the API's memory or its event loop.
 */
export function readUpload(buffer: Buffer, fileName: string, limits: ReaderLimits = READER_LIMITS): Promise<RawTable> {
  const key = `${limits.heapMb}:${limits.timeoutMs}`;
  let thread = threads.get(key);
  if (!thread) threads.set(key, (thread = new ReaderThread(limits)));
  return thread.read(buffer, fileName);
}
