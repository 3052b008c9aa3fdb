import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../../testing/test-app';
import { tableCounts } from '../../testing/import-helpers';
import { ImportRejected, ImportRunner } from './import-runner';

/** Random and hostile rows: whatever the file holds, an import writes all of it or nothing. */
describe('import property: never a partial write', () => {
  let t: TestApp;
  let runner: ImportRunner;
  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'false' });
    runner = new ImportRunner(t.dataSource);
  });
  afterAll(() => t.close());

  const hostile = fc.constantFrom(
    '=HYPERLINK("http://x","y")',
    '+1+1',
    '@SUM(A1)',
    '-2+3',
    '',
    'lila',
    'irgendwie',
    '<br>',
    '"',
    ';',
    '\n',
    'Ü',
    '(3)',
    '-',
  );
  const text = fc.oneof(fc.string({ maxLength: 30 }), hostile);
  const row = fc.record({
    code: fc.oneof(fc.constantFrom('A-1', 'A-2', 'A-3', 'B-1', ''), fc.string({ minLength: 1, maxLength: 25 })),
    title: text,
    field: fc.oneof(fc.constantFrom('E', 'V', 'W'), text),
    status: fc.oneof(fc.constantFrom('geplant', 'in Umsetzung', 'umgesetzt', 'COMPLETED', ''), text),
    assessment: fc.oneof(fc.constantFrom('grün', 'gelb', 'rot', 'ON_TRACK', ''), text),
    period: fc.oneof(fc.constantFrom('', 'Sachstand 2024', 'Sachstand 2024 / 2025'), text),
    progress: fc.oneof(fc.constantFrom('0', '50', '100', ''), text),
  });

  it('either imports every row or writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const csv = stringify(
          [
            ['Kennung', 'Titel', 'Handlungsfeld', 'Status', 'Bewertung', 'Berichtszeitraum', 'Fortschritt'],
            ...rows.map((r) => [r.code, r.title, r.field, r.status, r.assessment, r.period, r.progress]),
          ],
          { delimiter: ';' },
        );
        const before = await tableCounts(t);
        let analysis;
        try {
          analysis = await runner.analyse(Buffer.from(csv), 'zufall.csv');
        } catch {
          expect(await tableCounts(t)).toEqual(before); // refused as a whole
          return;
        }
        const preview = await runner.preview(analysis.table, analysis.mapping, 'zufall.csv');
        expect(await tableCounts(t)).toEqual(before); // a preview never writes
        try {
          const result = await runner.commit(analysis.table, analysis.mapping, {
            fileName: 'zufall.csv',
            importId: randomUUID(),
            actor: null,
          });
          expect(preview.errors).toEqual([]);
          const after = await tableCounts(t);
          expect(after['measures'] - before['measures']).toBe(result.create.measures);
          expect(after['progress_reports'] - before['progress_reports']).toBe(result.create.reports);
          expect(after['fields_of_action'] - before['fields_of_action']).toBe(result.create.fieldsOfAction);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportRejected);
          expect(preview.errors.length).toBeGreaterThan(0);
          expect(await tableCounts(t)).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rolls everything back when the database refuses a row half-way', async () => {
    const before = await tableCounts(t);
    // The third insert (the second measure, after the field of action and the first measure) fails in the database.
    const csv = 'Kennung;Titel;Handlungsfeld\nRB-1;Erste;RB\nRB-2;Zweite;RB\n';
    const analysis = await runner.analyse(Buffer.from(csv), 'rb.csv');
    const original = t.dataSource.transaction.bind(t.dataSource);
    let inserts = 0;
    const spy = jest.spyOn(t.dataSource, 'transaction').mockImplementation(((
      work: (m: import('typeorm').EntityManager) => Promise<unknown>,
    ) =>
      original(async (manager: import('typeorm').EntityManager) => {
        const insert = manager.insert.bind(manager);
        manager.insert = (async (...args: Parameters<typeof insert>) => {
          if (++inserts === 3) throw new Error('Datenbank weist Zeile ab');
          return insert(...args);
        }) as typeof manager.insert;
        return work(manager);
      })) as never);
    await expect(
      runner.commit(analysis.table, analysis.mapping, { fileName: 'rb.csv', importId: randomUUID(), actor: null }),
    ).rejects.toThrow('Datenbank weist Zeile ab');
    spy.mockRestore();
    expect(await tableCounts(t)).toEqual(before);
  });
});
