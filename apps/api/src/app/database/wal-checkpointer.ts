import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { Worker } from 'node:worker_threads';

/** How often the worker folds the write-ahead log back into the database file. */
const INTERVAL_MS = 500;
/** While the worker runs, the request thread only checkpoints as a last resort (≈ 40 MB of log). */
const FALLBACK_PAGES = 10_000;
/** SQLite's default, restored when the worker is gone. */
const DEFAULT_PAGES = 1_000;

declare const __non_webpack_require__: NodeJS.Require | undefined;
/** The real `require`, also inside the webpack bundle (whose own `require` knows only bundled modules). */
const nodeRequire: NodeJS.Require = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;

/** Runs in a worker thread with its own connection to the same file. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 0 });
db.pragma('synchronous = NORMAL');
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ result });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * SQLite in WAL mode copies the log back into the database file every 1,000 pages, inside whichever
 * COMMIT crosses the mark — with an fsync, on the request thread, blocking every request for
 * 10–60 ms. Measured on the big city: two thirds of the time of a report submission went there.
 * A worker thread with its own connection does it twice a second instead (PASSIVE: it never waits
 * for or blocks a writer); the request thread keeps a far-off fallback in case the worker dies.
 */
@Injectable()
export class WalCheckpointer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(WalCheckpointer.name);
  private worker: Worker | null = null;
  private lastError: string | null = null;
  /** Checkpoints done and the log frames they found, for the health of this mechanism in tests. */
  readonly stats = { checkpoints: 0, lastLogFrames: 0, lastCheckpointedFrames: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options;
    const enabled = this.config.getOrThrow<AppConfig>('app').sqliteCheckpointWorker;
    if (options.type !== 'better-sqlite3' || options.database === ':memory:' || !enabled) return;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: nodeRequire.resolve('better-sqlite3'), file: options.database, intervalMs: INTERVAL_MS },
    });
    worker.unref();
    worker.on('message', (message: { result?: { busy: number; log: number; checkpointed: number }; error?: string }) => {
      if (message.result) {
        this.stats.checkpoints++;
        this.stats.lastLogFrames = message.result.log;
        this.stats.lastCheckpointedFrames = message.result.checkpointed;
        this.lastError = null;
      } else if (message.error && message.error !== this.lastError) {
        this.lastError = message.error;
        this.logger.warn(`Checkpoint im Hintergrund fehlgeschlagen: ${message.error}`);
      }
    });
    worker.on('error', (error) => this.logger.error(`Checkpoint-Thread beendet: ${error.message}`));
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = null;
      void this.autocheckpoint(DEFAULT_PAGES);
    });
    this.worker = worker;
    await this.autocheckpoint(FALLBACK_PAGES);
  }

  get running(): boolean {
    return this.worker !== null;
  }

  async onApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('stop');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
    clearTimeout(timer);
    await worker.terminate();
    await this.autocheckpoint(DEFAULT_PAGES);
  }

  private async autocheckpoint(pages: number): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    await this.dataSource.query(`PRAGMA wal_autocheckpoint = ${pages}`).catch(() => undefined);
  }
}
