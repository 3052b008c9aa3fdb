import type { DataSource } from 'typeorm';
import { currentWriteGeneration } from './write-generation';

export interface FingerprintCacheOptions {
  /** One cheap query whose answer changes whenever the data behind the cached answers changes. */
  scan: () => Promise<string>;
  /** Upper bound for an answer's age, whatever the fingerprint says. */
  ttlMs?: number;
  /** Distinct keys kept; the oldest is dropped first. */
  entries?: number;
  /** How long one scan may be reused when this process has not written since. */
  reuseScanMs?: number;
}

/**
 * Read-heavy answers (cockpit figures, trend, public page) kept per key until their data changes.
 * A fingerprint scan decides; it is reused for up to a second unless this process wrote in
 * between, so another instance's change shows within a second and this instance's own at once.
 */
export class FingerprintCache<T> {
  private readonly answers = new Map<string, { fingerprint: string; at: number; value: Promise<T>; json?: Promise<string> }>();
  private lastScan: { value: Promise<string>; at: number; generation: number } | null = null;
  private readonly ttlMs: number;
  private readonly entries: number;
  private readonly reuseScanMs: number;

  constructor(private readonly options: FingerprintCacheOptions) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.entries = options.entries ?? 200;
    this.reuseScanMs = options.reuseScanMs ?? 1000;
  }

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const fingerprint = await this.fingerprint();
    const hit = this.answers.get(key);
    if (hit && hit.fingerprint === fingerprint && Date.now() - hit.at < this.ttlMs) return hit.value;
    // Concurrent callers share one computation; a failed one is not kept.
    const value = compute();
    if (this.answers.size >= this.entries && !this.answers.has(key)) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, { fingerprint, at: Date.now(), value });
    value.catch(() => {
      if (this.answers.get(key)?.value === value) this.answers.delete(key);
    });
    return value;
  }

  /**
   * The same answer as JSON text, serialized once per answer rather than once per request — the
   * cockpit's summary is 40 kB, and turning it into text was a tenth of each request's CPU time.
   */
  async getJson(key: string, compute: () => Promise<T>): Promise<string> {
    const value = await this.get(key, compute);
    const entry = this.answers.get(key);
    if (!entry) return JSON.stringify(value);
    entry.json ??= entry.value.then((v) => JSON.stringify(v));
    return entry.json;
  }

  private fingerprint(): Promise<string> {
    const generation = currentWriteGeneration();
    const last = this.lastScan;
    if (last && last.generation === generation && Date.now() - last.at < this.reuseScanMs) return last.value;
    const value = this.options.scan();
    this.lastScan = { value, at: Date.now(), generation };
    value.catch(() => {
      if (this.lastScan?.value === value) this.lastScan = null;
    });
    return value;
  }
}

/**
 * A fingerprint of whole tables with `version` and `updatedAt` columns: row counts, version sums
 * and last updates — any insert, delete or update changes it.
 */
export async function tableFingerprint(dataSource: DataSource, tables: readonly string[]): Promise<string> {
  const parts = tables.map(
    (t) => `(SELECT COUNT(*) || ':' || COALESCE(SUM("version"), 0) || ':' || COALESCE(CAST(MAX("updatedAt") AS VARCHAR), '') FROM ${t})`,
  );
  const [row] = await dataSource.query(`SELECT ${parts.join(" || '|' || ")} AS f`);
  return String(row.f);
}
