import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { dateTimeInBerlin } from '../common/date-time';

/*
 * One column definition per export, written two ways: CSV stays plain data (ISO dates, decimal commas,
 * formula-like texts defused with an apostrophe), XLSX gets typed cells (date cells shown TT.MM.JJJJ,
 * number cells, text cells) — a text cell is never run as a formula, so XLSX needs no apostrophe.
 */

export type CellType = 'text' | 'number' | 'date' | 'dateTime';
/** Text, a number, a calendar day `YYYY-MM-DD` or a Berlin wall-clock time `YYYY-MM-DD hh:mm`. */
export type Cell = string | number | null;

export interface Column<R> {
  header: string;
  type: CellType;
  value: (row: R) => Cell;
}

export interface Table {
  sheet: string;
  columns: { header: string; type: CellType }[];
  rows: Cell[][];
}

export const text = <R>(header: string, value: (row: R) => string | null | undefined): Column<R> => ({
  header,
  type: 'text',
  value: (row) => value(row) ?? null,
});
export const number = <R>(header: string, value: (row: R) => number | null | undefined): Column<R> => ({
  header,
  type: 'number',
  value: (row) => value(row) ?? null,
});
/** A calendar day as the database keeps it (`YYYY-MM-DD`). */
export const date = <R>(header: string, value: (row: R) => string | null | undefined): Column<R> => ({
  header,
  type: 'date',
  value: (row) => value(row) ?? null,
});
/** An instant, written as the city's wall-clock time. */
export const dateTime = <R>(header: string, value: (row: R) => Date | null | undefined): Column<R> => ({
  header,
  type: 'dateTime',
  value: (row) => {
    const instant = value(row);
    return instant ? dateTimeInBerlin(instant) : null;
  },
});

export function toTable<R>(sheet: string, columns: Column<R>[], rows: R[]): Table {
  return {
    sheet,
    columns: columns.map(({ header, type }) => ({ header, type })),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
}

/** Spreadsheet programs run a CSV cell that starts with = + - @ (or a tab/CR) as a formula; such text gets a leading apostrophe. */
export function escapeCell(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  if (/^[-+]?\d+([.,]\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * UTF-8 with BOM, `;` and CRLF: what Excel in German opens without asking. Decimals get a comma, or
 * German Excel would read `1.5` as the 1st of May. Texts stay exactly as stored (a code „10.3“ stays
 * „10.3“); Excel users get typed cells from the XLSX export instead (docs/features.md, "Exports").
 */
export function writeCsv(table: Table): Buffer {
  const cell = (c: Cell) => (typeof c === 'number' ? String(c).replace('.', ',') : escapeCell(c ?? ''));
  const body = stringify([table.columns.map((c) => c.header), ...table.rows.map((r) => r.map(cell))], {
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  return Buffer.concat([Buffer.from('\uFEFF', 'utf-8'), Buffer.from(body, 'utf-8')]);
}

// Excel's format codes are stored language-neutral; German Excel shows `dd.mm.yyyy` as TT.MM.JJJJ.
const XLSX_FORMATS: Record<CellType, string | undefined> = {
  text: '@',
  number: undefined,
  date: 'dd.mm.yyyy',
  dateTime: 'dd.mm.yyyy hh:mm',
};

/** A day or a wall-clock time as the date cell Excel shows it as (Excel cells have no time zone). */
const asExcelDate = (value: string) => new Date(`${value.replace(' ', 'T')}${value.length > 10 ? ':00' : 'T00:00:00'}Z`);

export async function writeXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Klimaschutz-Cockpit';
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.columns = table.columns.map((c) => ({ width: c.type === 'text' ? 28 : 14, style: { numFmt: XLSX_FORMATS[c.type] } }));
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.numFmt = 'General'));
  for (const row of table.rows) {
    sheet.addRow(
      row.map((value, i) =>
        value !== null && (table.columns[i].type === 'date' || table.columns[i].type === 'dateTime') ? asExcelDate(String(value)) : value,
      ),
    );
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
