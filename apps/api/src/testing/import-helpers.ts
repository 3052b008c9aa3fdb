import type { ImportSession } from '@klimaschutz/contracts';
import { bearer, type TestApp } from './test-app';

export async function waitForImport(t: TestApp, token: string, id: string): Promise<ImportSession> {
  for (let i = 0; i < 300; i++) {
    const r = await t.http().get(`/api/v1/imports/${id}`).set(bearer(token));
    if (r.body.state === 'DONE' || r.body.state === 'FAILED') return r.body;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('import did not finish');
}

export async function tableCounts(t: TestApp) {
  const counts: Record<string, number> = {};
  for (const table of ['fields_of_action', 'org_units', 'measures', 'reporting_periods', 'progress_reports']) {
    counts[table] = Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  }
  return counts;
}
