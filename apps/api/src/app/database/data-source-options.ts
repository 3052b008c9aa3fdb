import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { WriteGenerationSubscriber } from '../common/write-generation';
import { entities } from './entities';
import { migrations } from './migrations';

export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  const common = { entities, migrations, migrationsRun: false, synchronize: false, logging: database.logging } as const;
  // Caches notice this process's writes through it (common/write-generation.ts).
  const subscribers = [WriteGenerationSubscriber];
  if (database.engine === 'postgres') {
    return { ...common, subscribers, type: 'postgres', url: database.url, poolSize: 10 };
  }
  const path = database.sqlitePath as string;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    subscribers,
    type: 'better-sqlite3',
    database: path,
    enableWAL: true,
    // busy_timeout: wait for a concurrent writer (another process, e.g. the import CLI) instead of failing.
    timeout: 10_000,
    // WAL + NORMAL survives a killed process (the WAL is in the OS); only a power cut may lose the last commits.
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('synchronous = NORMAL');
    },
  };
}

/**
 * Opens the database and brings the schema up to date. With several API instances on one
 * PostgreSQL, an advisory lock makes the others wait while the first one migrates.
 */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  if (options.type === 'postgres') {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(7240531)');
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock(7240531)');
      await runner.release();
    }
  } else {
    await dataSource.runMigrations({ transaction: 'each' });
    await optimizeSqlite(dataSource);
  }
  return dataSource;
}

/**
 * SQLite plans queries from table statistics that only ANALYZE gathers; without them it picked an
 * index that made the cockpit's first call over a big city take 1.7 s instead of 0.2 s. `optimize`
 * analyses the tables whose size changed a lot (bounded by analysis_limit, ~50 ms on the big city)
 * and does nothing otherwise. Runs at start and daily (job `database-maintenance`).
 */
export async function optimizeSqlite(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'better-sqlite3') return;
  await dataSource.query('PRAGMA analysis_limit = 1000');
  await dataSource.query('PRAGMA optimize = 0x10002');
}
