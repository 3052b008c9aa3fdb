import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** What a file is refused for as a whole; the message is shown to the user as is. */
export class ImportFileError extends Error {}

export const IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 5000,
  maxColumns: 60,
  /** An XLSX is a zip: a small file can unpack to gigabytes (zip bomb), so what it really unpacks to is counted first. */
  maxUncompressedBytes: 25 * 1024 * 1024,
  maxZipEntries: 200,
  maxCellChars: 20_000,
} as const;

export interface RawTable {
  format: 'csv' | 'xlsx';
  headers: string[];
  /** `line` is the row number a spreadsheet program shows (the header is row 1). */
  rows: { line: number; cells: string[] }[];
  /** Cells refused while reading (formulas); reported as errors by row and column. */
  cellErrors: { line: number; column: number; message: string }[];
  /** Cells read by a stated rule (an undoubled quote); reported as warnings. */
  cellWarnings: { line: number; column: number; message: string; rule: string }[];
}

const de = new Intl.NumberFormat('de-DE');

export async function readTable(buffer: Buffer, fileName: string): Promise<RawTable> {
  if (buffer.length === 0) throw new ImportFileError('Die Datei ist leer.');
  if (buffer.length > IMPORT_LIMITS.maxBytes) {
    throw new ImportFileError(`Die Datei ist zu groß (höchstens ${de.format(IMPORT_LIMITS.maxBytes / 1024 / 1024)} MB).`);
  }
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const isZip = buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (extension === 'xlsx') {
    if (!isZip) throw new ImportFileError('Die Datei endet auf .xlsx, ist aber keine Excel-Arbeitsmappe.');
    return readXlsx(buffer);
  }
  if (extension === 'csv' || extension === 'txt') {
    if (isZip)
      throw new ImportFileError(
        'Die Datei endet auf .csv, ist aber eine gepackte Datei (z. B. eine Excel-Arbeitsmappe). Bitte als .xlsx hochladen.',
      );
    return readCsv(buffer);
  }
  if (extension === 'xls')
    throw new ImportFileError('Das alte Excel-Format (.xls) wird nicht unterstützt. Bitte als .xlsx oder CSV (UTF-8) speichern.');
  throw new ImportFileError(`Der Dateityp „.${extension || '?'}“ wird nicht unterstützt. Erlaubt sind CSV (UTF-8) und Excel (.xlsx).`);
}

function readCsv(buffer: Buffer): RawTable {
  if (buffer.includes(0)) throw new ImportFileError('Die Datei ist keine Textdatei (sie enthält Null-Bytes).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new ImportFileError(
      'Die Datei ist nicht in UTF-8 kodiert (vermutlich Windows-1252/ANSI). Bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.',
    );
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  type Records = { record: string[]; info: { lines: number } }[];
  const parseCsv = parse as unknown as (input: string, options: object) => Records;
  const options = {
    delimiter,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
    max_record_size: IMPORT_LIMITS.maxCellChars * 4,
  };
  const cellErrors: RawTable['cellErrors'] = [];
  const cellWarnings: RawTable['cellWarnings'] = [];
  let records: Records;
  try {
    records = parseCsv(text, options);
  } catch (strictError) {
    // Real files contain a quote inside a quoted text that was not doubled (Münster, row 48). Read those
    // cells leniently, keep the quote as a character, and say so — but a file that is broken beyond that is refused.
    try {
      records = parseCsv(text, { ...options, relax_quotes: true });
    } catch {
      throw new ImportFileError(`Die CSV-Datei ist fehlerhaft: ${(strictError as Error).message}`);
    }
    for (const r of records) {
      r.record = r.record.map((value, column) => {
        if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
          cellWarnings.push({
            line: r.info.lines,
            column,
            message: 'Ein Anführungszeichen im Text war nicht verdoppelt; es wurde als Zeichen übernommen.',
            rule: 'Anführungszeichen als Zeichen übernommen',
          });
          return value.slice(1, -1).replace(/""/g, '"');
        }
        return value;
      });
    }
  }
  if (records.length === 0) throw new ImportFileError('Die Datei enthält keine Kopfzeile.');
  const [head, ...body] = records;
  return checkShape({
    format: 'csv',
    headers: head.record.map((h) => h.trim()),
    rows: body.map((r) => ({ line: r.info.lines, cells: r.record })).filter((r) => r.cells.some((c) => c.trim() !== '')),
    cellErrors,
    cellWarnings,
  });
}

function checkShape(table: RawTable): RawTable {
  for (const row of table.rows) {
    if (row.cells.slice(table.headers.length).some((c) => c.trim() !== '')) {
      table.cellErrors.push({
        line: row.line,
        column: table.headers.length,
        message: `Die Zeile hat mehr Spalten (${row.cells.length}) als die Kopfzeile (${table.headers.length}); vermutlich fehlen Anführungszeichen um einen Text mit Trennzeichen.`,
      });
    }
  }
  if (table.headers.length > IMPORT_LIMITS.maxColumns)
    throw new ImportFileError(`Die Datei hat zu viele Spalten (höchstens ${IMPORT_LIMITS.maxColumns}).`);
  if (table.rows.length > IMPORT_LIMITS.maxRows) {
    throw new ImportFileError(
      `Die Datei hat zu viele Zeilen (${de.format(table.rows.length)}; höchstens ${de.format(IMPORT_LIMITS.maxRows)}).`,
    );
  }
  if (table.headers.every((h) => h === '')) throw new ImportFileError('Die erste Zeile muss die Spaltenüberschriften enthalten.');
  return table;
}

/**
 * Inflates every part of the archive once, counting the bytes that really come out, and stops at
 * the limit: the sizes an archive states about itself can be forged (a 1.2 MB upload claiming small
 * parts inflated to 1.2 GB), so they are not trusted — yauzl also stops a part that inflates to more
 * than it states.
 */
export async function checkInflatedSize(buffer: Buffer): Promise<{ entries: number; inflatedBytes: number }> {
  const tooBig = () =>
    new ImportFileError(
      `Die Excel-Datei würde entpackt mehr als ${IMPORT_LIMITS.maxUncompressedBytes / 1024 / 1024} MB belegen und wird abgelehnt.`,
    );
  const damaged = () => new ImportFileError('Die Excel-Datei ist beschädigt (ihr Zip-Verzeichnis stimmt nicht mit dem Inhalt überein).');
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
      error ? reject(damaged()) : resolve(file),
    ),
  );
  if (zip.entryCount > IMPORT_LIMITS.maxZipEntries) {
    zip.close();
    throw new ImportFileError('Die Excel-Datei enthält ungewöhnlich viele Teile und wird abgelehnt.');
  }
  let inflatedBytes = 0;
  let entries = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: ImportFileError) => {
      zip.close();
      reject(error);
    };
    zip.on('error', () => fail(damaged()));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      entries++;
      if (entry.uncompressedSize > IMPORT_LIMITS.maxUncompressedBytes) return fail(tooBig());
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(damaged());
        stream.on('data', (chunk: Buffer) => {
          inflatedBytes += chunk.length;
          if (inflatedBytes > IMPORT_LIMITS.maxUncompressedBytes) {
            stream.destroy();
            fail(tooBig());
          }
        });
        stream.on('error', () => fail(damaged()));
        stream.on('end', () => zip.readEntry());
      });
    });
    zip.readEntry();
  });
  return { entries, inflatedBytes };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

async function readXlsx(buffer: Buffer): Promise<RawTable> {
  await checkInflatedSize(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('Die Excel-Datei ist beschädigt und kann nicht gelesen werden.');
  }
  // The template's second sheet lists allowed values; the data is on the first sheet.
  const sheet = workbook.worksheets.find((s) => s.state !== 'hidden') ?? workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('Die Excel-Datei enthält kein Tabellenblatt.');
  if (sheet.rowCount > IMPORT_LIMITS.maxRows + 1) {
    throw new ImportFileError(
      `Die Datei hat zu viele Zeilen (${de.format(sheet.rowCount - 1)}; höchstens ${de.format(IMPORT_LIMITS.maxRows)}).`,
    );
  }
  const cellErrors: RawTable['cellErrors'] = [];
  const rows: RawTable['rows'] = [];
  let headers: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    const width = Math.min(row.cellCount, IMPORT_LIMITS.maxColumns + 1);
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        cellErrors.push({
          line,
          column: c - 1,
          message: 'Die Zelle enthält eine Formel; Formeln werden aus Sicherheitsgründen nicht importiert.',
        });
        cells.push('');
        continue;
      }
      // A text cell is never run as a formula, whatever it starts with (exports write „-5 % Strom“ so):
      // it counts as text, like a value typed with an apostrophe in front.
      const text = cellText(value);
      cells.push(typeof value === 'string' && /^[=+\-@]/.test(text.trim()) ? `'${text.trim()}` : text);
    }
    if (line === 1) headers = cells.map((h) => h.trim());
    else if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
  });
  return checkShape({ format: 'xlsx', headers, rows, cellErrors, cellWarnings: [] });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}
