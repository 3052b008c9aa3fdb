import ExcelJS from 'exceljs';
import { ImportFileError, readTable } from './import-file';
import { READER_LIMITS, readUpload } from './read-upload';

/** A workbook of `rows` rows × 40 columns of distinct texts: legal, but heavy to read. */
async function heavyWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Maßnahmen');
  ws.addRow(Array.from({ length: 40 }, (_, c) => `Spalte ${c}`));
  for (let r = 0; r < rows; r++) ws.addRow(Array.from({ length: 40 }, (_, c) => `Zeile ${r} Spalte ${c} ${'Text '.repeat(8)}`));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readUpload: an upload is read apart from the API', () => {
  it('gives the same table as reading in the API thread', async () => {
    const csv = Buffer.from('Kennung;Titel;Handlungsfeld\nE-01;Wärmeplan;E\nE-02;"Solar; Dächer";E\n');
    expect(await readUpload(csv, 'plan.csv')).toEqual(await readTable(csv, 'plan.csv'));
  });

  it('ends a reading thread that runs out of its heap and refuses the file; the API goes on', async () => {
    const buffer = await heavyWorkbook(3000);
    const refused = readUpload(buffer, 'schwer.xlsx', { ...READER_LIMITS, heapMb: 16 });
    await expect(refused).rejects.toThrow(ImportFileError);
    await expect(refused).rejects.toThrow(/zu viel Speicher/);
    // With the normal limits the same file reads completely.
    expect((await readUpload(buffer, 'schwer.xlsx')).rows).toHaveLength(3000);
  });

  it('ends a reading thread that takes too long and refuses the file', async () => {
    const buffer = await heavyWorkbook(2000);
    await expect(readUpload(buffer, 'langsam.xlsx', { ...READER_LIMITS, timeoutMs: 50 })).rejects.toThrow(/nicht in angemessener Zeit/);
  });
});
