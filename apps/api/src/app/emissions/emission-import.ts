/**
 * Reading a balance file (issue #17): a table from `imports/read-upload.ts` becomes balance values,
 * population, path points and a numbered list of rules, each with the file lines it concerns. No
 * city gets a special case: headers are recognised in German and English, every interpretation
 * (unit, decimal comma, German thousands dot, short rows, plan and total rows, new sectors) is a rule.
 */
import type { EmissionDataQuality, EmissionImportRule, EmissionImportSeverity } from '@klimaschutz/contracts';
import type { RawTable } from '../imports/import-file';
import { tidy, totalsDisagree } from './emission-path';

export const YEAR_RANGE = { min: 1950, max: 2100 } as const;

type Column = 'year' | 'category' | 'type' | 'value' | 'note' | 'unit' | 'carrier' | 'quality' | 'source';

const HEADER_NAMES: Record<Column, string[]> = {
  year: ['year', 'jahr', 'bilanzjahr'],
  category: ['category', 'sektor', 'sector', 'bereich', 'kategorie', 'sektoren'],
  type: ['type', 'art', 'typ', 'datenart'],
  value: ['co2', 'co2e', 'wert', 'value', 'emissionen', 'emission', 'thg', 'thgemissionen', 'co2emissionen'],
  note: ['note', 'bemerkung', 'hinweis', 'kommentar', 'notiz', 'anmerkung'],
  unit: ['unit', 'einheit'],
  carrier: ['energietraeger', 'energycarrier', 'carrier', 'energietrager'],
  quality: ['datenguete', 'datengute', 'quality', 'dataquality', 'guete', 'gute'],
  source: ['quelle', 'source'],
};

const UNIT_FACTORS: Record<string, { unit: 'kt' | 't' | 'Mt'; factor: number }> = {
  kt: { unit: 'kt', factor: 1000 },
  kilotonnen: { unit: 'kt', factor: 1000 },
  tsdt: { unit: 'kt', factor: 1000 },
  t: { unit: 't', factor: 1 },
  tonnen: { unit: 't', factor: 1 },
  mt: { unit: 'Mt', factor: 1_000_000 },
  mio: { unit: 'Mt', factor: 1_000_000 },
};

const TOTAL_NAMES = ['gesamt', 'insgesamt', 'summe', 'total', 'gesamtemissionen', 'alle', 'stadtgesamt'];
const PLAN_TYPES = ['geplant', 'ziel', 'plan', 'planned', 'target', 'soll', 'zielpfad', 'pfad'];
const REAL_TYPES = ['real', 'ist', 'bilanz', 'actual', 'istwert', ''];
const POPULATION_NAMES = ['einwohner', 'einwohnerinnen', 'population', 'bevoelkerung', 'einwohnerzahl'];

/** Lower case, umlauts spelled out, only letters and digits. */
export const normaliseName = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');

/** A sector code from a name: „Wärme“ → `WAERME`. */
export const codeFromName = (name: string) => normaliseName(name).toUpperCase().slice(0, 40) || 'SEKTOR';

export interface KnownSector {
  id: string;
  code: string;
  name: string;
}

/** Same sector: equal names or codes, or one name the other plus a plural ending („Dienstleistung“ / „Dienstleistungen“). */
export function matchSector(name: string, sectors: KnownSector[]): KnownSector | null {
  const n = normaliseName(name);
  return (
    sectors.find((s) => normaliseName(s.name) === n || normaliseName(s.code) === n) ??
    sectors.find((s) => {
      const m = normaliseName(s.name);
      const [short, long] = m.length < n.length ? [m, n] : [n, m];
      return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
    }) ??
    null
  );
}

export interface ParsedValue {
  year: number;
  /** The sector's name as written; null = total. */
  sectorName: string | null;
  energyCarrier: string | null;
  tCo2e: number;
  dataQuality: EmissionDataQuality | null;
  source: string | null;
  line: number;
}

export interface ParsedBalance {
  format: 'CSV' | 'XLSX';
  unit: 'kt' | 't';
  dataRows: number;
  values: ParsedValue[];
  population: Map<number, number>;
  pathPoints: { year: number; sectorName: string | null; tCo2e: number; line: number }[];
  /** Sector names as written (first spelling), with their rows. */
  sectorNames: Map<string, { name: string; rows: number; lines: number[] }>;
  rules: EmissionImportRule[];
}

class Rules {
  private readonly list: Omit<EmissionImportRule, 'number'>[] = [];
  add(code: string, severity: EmissionImportSeverity, message: string, lines: number[] = []) {
    this.list.push({ code, severity, message, lines: [...new Set(lines)].sort((a, b) => a - b) });
  }
  get hasErrors() {
    return this.list.some((r) => r.severity === 'ERROR');
  }
  numbered(): EmissionImportRule[] {
    return this.list.map((r, i) => ({ number: i + 1, ...r }));
  }
}

const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 });
const linesText = (lines: number[]) => (lines.length === 1 ? `Zeile ${lines[0]}` : `Zeilen ${lines.join(', ')}`);

interface NumberReading {
  value: number;
  /** `1.234` could be 1.234 or 1,234: both readings, decided later. */
  ambiguousThousands?: number;
  decimalComma?: boolean;
  groupedThousands?: boolean;
}

/** Reads `1234`, `1234,5`, `1.234,5`, `1,234.5`, `1 234`; null when not a number. */
export function readNumber(raw: string): NumberReading | null {
  const s = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const sign = s.startsWith('-') ? -1 : 1;
  const body = s.replace(/^[-+]/, '');
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  if (dots && commas) {
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const groupRe = new RegExp(`^\\d{1,3}(\\${group}\\d{3})*\\${decimal}\\d+$`);
    if (!groupRe.test(body)) return null;
    const value = sign * Number(body.split(group).join('').replace(decimal, '.'));
    return { value, decimalComma: decimal === ',', groupedThousands: true };
  }
  if (commas) {
    if (commas > 1)
      return /^\d{1,3}(,\d{3})+$/.test(body) ? { value: sign * Number(body.replace(/,/g, '')), groupedThousands: true } : null;
    return { value: sign * Number(body.replace(',', '.')), decimalComma: true };
  }
  if (dots > 1) return /^\d{1,3}(\.\d{3})+$/.test(body) ? { value: sign * Number(body.replace(/\./g, '')), groupedThousands: true } : null;
  const value = sign * Number(body);
  if (Number.isNaN(value)) return null;
  if (dots === 1 && /^\d{1,3}\.\d{3}$/.test(body)) return { value, ambiguousThousands: sign * Number(body.replace('.', '')) };
  return { value };
}

function recogniseHeaders(headers: string[], rules: Rules) {
  const columns = new Map<Column, number>();
  let headerUnit: { unit: 'kt' | 't' | 'Mt'; factor: number; header: string } | null = null;
  headers.forEach((header, index) => {
    const unitMatch = header.match(/[([]\s*([a-zA-Z.]+)\s*(?:co2e?)?\s*[)\]]|[\s_](kt|t|mt|tonnen|kilotonnen)$/i);
    const base = normaliseName(
      header
        .replace(/[([].*?[)\]]/g, '')
        .replace(/[\s_](kt|t|mt|tonnen|kilotonnen)$/i, '')
        .replace(/\bin\s+\w+$/i, ''),
    );
    for (const [column, names] of Object.entries(HEADER_NAMES) as [Column, string[]][]) {
      if (columns.has(column)) continue;
      if (names.includes(base)) {
        columns.set(column, index);
        if (column === 'value' && unitMatch) {
          const u = UNIT_FACTORS[normaliseName(unitMatch[1] ?? unitMatch[2])];
          if (u) headerUnit = { ...u, header };
        }
        return;
      }
    }
  });
  for (const [column, label] of [
    ['year', 'Jahr (year/Jahr)'],
    ['category', 'Sektor (category/Sektor/Bereich)'],
    ['value', 'Wert (co2/Wert/Emissionen/value)'],
  ] as const) {
    if (!columns.has(column))
      rules.add('MISSING_COLUMN', 'ERROR', `Die Spalte ${label} fehlt. Gefundene Überschriften: ${headers.join(', ') || '(keine)'}.`, [1]);
  }
  return { columns, headerUnit: headerUnit as { unit: 'kt' | 't' | 'Mt'; factor: number; header: string } | null };
}

/** Reads a balance table; `sectors` are the city's sectors, so that a name is matched rather than duplicated. */
export function parseBalance(table: RawTable, sectors: KnownSector[]): ParsedBalance {
  const rules = new Rules();
  const result: ParsedBalance = {
    format: table.format === 'xlsx' ? 'XLSX' : 'CSV',
    unit: 'kt',
    dataRows: table.rows.length,
    values: [],
    population: new Map(),
    pathPoints: [],
    sectorNames: new Map(),
    rules: [],
  };
  for (const e of table.cellErrors) rules.add('CELL_REFUSED', 'ERROR', `Zeile ${e.line}, Spalte ${e.column + 1}: ${e.message}`, [e.line]);
  for (const w of table.cellWarnings) rules.add('CELL_READ_BY_RULE', 'WARNING', `Zeile ${w.line}: ${w.message}`, [w.line]);
  const { columns, headerUnit } = recogniseHeaders(table.headers, rules);
  if (!columns.has('year') || !columns.has('category') || !columns.has('value')) {
    result.rules = rules.numbered();
    return result;
  }
  const cell = (cells: string[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };

  if (columns.has('unit')) {
    rules.add('UNIT_COLUMN', 'INFO', 'Die Einheit steht je Zeile in der Spalte „Einheit“; alle Werte werden in t CO2e umgerechnet.');
  } else if (headerUnit) {
    rules.add('UNIT_FROM_HEADER', 'INFO', `Einheit aus der Überschrift „${headerUnit.header}“: ${headerUnit.unit} CO2e.`, [1]);
    result.unit = headerUnit.unit === 't' ? 't' : 'kt';
  } else {
    rules.add(
      'UNIT_DEFAULT_KT',
      'WARNING',
      'Keine Einheit angegeben (weder Spalte „Einheit“ noch in der Überschrift): die Werte werden als Kilotonnen (kt) CO2e gelesen, wie bei Klimawatch-Dateien üblich.',
      [1],
    );
  }

  const lines = {
    ragged: [] as number[],
    plan: [] as number[],
    total: [] as number[],
    population: [] as number[],
    decimalComma: [] as number[],
    grouped: [] as number[],
    latestNote: [] as { line: number; year: number }[],
  };
  interface Pending {
    line: number;
    year: number;
    kind: 'balance' | 'plan';
    sectorName: string | null;
    carrier: string | null;
    reading: NumberReading;
    factor: number;
    quality: EmissionDataQuality | null;
    source: string | null;
  }
  const pending: Pending[] = [];
  const seen = new Map<string, number[]>();

  for (const row of table.rows) {
    const { line, cells } = row;
    // A CSV row with fewer fields than the header (a spreadsheet leaves trailing empty cells out, which is no irregularity).
    if (table.format === 'csv' && cells.length < table.headers.length) lines.ragged.push(line);
    const yearText = cell(cells, 'year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (Number.isNaN(year)) {
      rules.add('YEAR_NOT_A_YEAR', 'ERROR', `Zeile ${line}: „${yearText}“ ist keine Jahreszahl (vierstellig erwartet).`, [line]);
      continue;
    }
    if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
      rules.add('YEAR_OUT_OF_RANGE', 'ERROR', `Zeile ${line}: das Jahr ${year} liegt außerhalb von ${YEAR_RANGE.min}–${YEAR_RANGE.max}.`, [
        line,
      ]);
      continue;
    }
    const category = cell(cells, 'category');
    const typeText = normaliseName(cell(cells, 'type'));
    const categoryKey = normaliseName(category);
    const valueText = cell(cells, 'value');
    const reading = readNumber(valueText);
    if (!reading) {
      rules.add(
        'NOT_A_NUMBER',
        'ERROR',
        valueText === '' ? `Zeile ${line}: der Wert fehlt.` : `Zeile ${line}: „${valueText}“ ist keine Zahl.`,
        [line],
      );
      continue;
    }
    if (POPULATION_NAMES.includes(categoryKey) || POPULATION_NAMES.includes(typeText)) {
      lines.population.push(line);
      const count = reading.ambiguousThousands ?? reading.value;
      if (!Number.isInteger(count) || count <= 0) {
        rules.add('POPULATION_INVALID', 'ERROR', `Zeile ${line}: „${valueText}“ ist keine Einwohnerzahl.`, [line]);
      } else if (result.population.has(year)) {
        rules.add('DUPLICATE_ROW', 'ERROR', `Zeile ${line}: die Einwohnerzahl für ${year} steht mehrfach in der Datei.`, [line]);
      } else {
        result.population.set(year, count);
        if (reading.ambiguousThousands !== undefined)
          rules.add(
            'POPULATION_THOUSANDS_DOT',
            'INFO',
            `Zeile ${line}: Einwohnerzahl „${valueText}“ mit Tausenderpunkt als ${de.format(count)} gelesen.`,
            [line],
          );
      }
      continue;
    }
    if (category === '') {
      rules.add('MISSING_CATEGORY', 'ERROR', `Zeile ${line}: der Sektor fehlt.`, [line]);
      continue;
    }
    if (reading.value < 0) {
      rules.add(
        'NEGATIVE_VALUE',
        'ERROR',
        `Zeile ${line}: „${valueText}“ ist negativ; Emissionen und Zielwerte müssen 0 oder größer sein.`,
        [line],
      );
      continue;
    }
    let kind: 'balance' | 'plan';
    if (PLAN_TYPES.includes(typeText)) kind = 'plan';
    else if (REAL_TYPES.includes(typeText)) kind = 'balance';
    else {
      rules.add(
        'UNKNOWN_TYPE',
        'ERROR',
        `Zeile ${line}: die Art „${cell(cells, 'type')}“ ist unbekannt (erwartet: real/Ist/Bilanz, geplant/Ziel/Plan oder Einwohner).`,
        [line],
      );
      continue;
    }
    let factor = headerUnit?.factor ?? 1000;
    if (columns.has('unit')) {
      const unitText = cell(cells, 'unit');
      const unit = UNIT_FACTORS[normaliseName(unitText.replace(/co2e?/i, ''))];
      if (!unit) {
        rules.add('UNKNOWN_UNIT', 'ERROR', `Zeile ${line}: die Einheit „${unitText}“ ist unbekannt (erlaubt: t, kt, Mt).`, [line]);
        continue;
      }
      factor = unit.factor;
    }
    const qualityText = cell(cells, 'quality').toUpperCase();
    if (qualityText && !['A', 'B', 'C', 'D'].includes(qualityText)) {
      rules.add('UNKNOWN_QUALITY', 'ERROR', `Zeile ${line}: die Datengüte „${qualityText}“ ist unbekannt (erlaubt: A, B, C, D).`, [line]);
      continue;
    }
    const isTotal = TOTAL_NAMES.includes(categoryKey);
    const sectorName = isTotal ? null : category;
    if (isTotal) lines.total.push(line);
    if (kind === 'plan') lines.plan.push(line);
    if (reading.decimalComma) lines.decimalComma.push(line);
    if (reading.groupedThousands) lines.grouped.push(line);
    if (/last[_ ]?emissions|letzte/i.test(cell(cells, 'note'))) lines.latestNote.push({ line, year });
    const carrier = cell(cells, 'carrier') || null;
    const key = `${kind}|${year}|${sectorName === null ? '' : normaliseName(sectorName)}|${carrier ?? ''}`;
    seen.set(key, [...(seen.get(key) ?? []), line]);
    if (sectorName !== null) {
      const known = result.sectorNames.get(normaliseName(sectorName));
      if (known) {
        known.rows++;
        known.lines.push(line);
      } else result.sectorNames.set(normaliseName(sectorName), { name: sectorName, rows: 1, lines: [line] });
    }
    pending.push({
      line,
      year,
      kind,
      sectorName,
      carrier,
      reading,
      factor,
      quality: (qualityText || null) as EmissionDataQuality | null,
      source: cell(cells, 'source') || null,
    });
  }

  for (const [key, duplicateLines] of seen) {
    if (duplicateLines.length < 2) continue;
    const [kind, year, , carrier] = key.split('|');
    rules.add(
      'DUPLICATE_ROW',
      'ERROR',
      `${linesText(duplicateLines)}: ${kind === 'plan' ? 'Planwert' : 'Bilanzwert'} für ${year} und denselben Sektor${carrier ? ` (${carrier})` : ''} mehrfach.`,
      duplicateLines,
    );
  }

  // `2.892`: a decimal point or a German thousands dot? The sectors of the same year decide, else the column's magnitudes.
  const plainMagnitudes = pending
    .filter((p) => p.reading.ambiguousThousands === undefined && p.reading.value > 0)
    .map((p) => p.reading.value * p.factor)
    .sort((a, b) => a - b);
  const median = plainMagnitudes.length ? plainMagnitudes[Math.floor(plainMagnitudes.length / 2)] : null;
  const bySum: number[] = [];
  const byMagnitude: number[] = [];
  const keptDecimal: number[] = [];
  const undecided: number[] = [];
  for (const p of pending) {
    const thousands = p.reading.ambiguousThousands;
    if (thousands === undefined) continue;
    let sectorSum: number | null = null;
    if (p.sectorName === null) {
      const parts = pending.filter(
        (q) => q !== p && q.kind === p.kind && q.year === p.year && q.sectorName !== null && q.carrier === p.carrier,
      );
      if (parts.length && parts.every((q) => q.reading.ambiguousThousands === undefined))
        sectorSum = parts.reduce((sum, q) => sum + q.reading.value * q.factor, 0);
    }
    const asThousands = thousands * p.factor;
    const asDecimal = p.reading.value * p.factor;
    // Within 5 % of the sector sum decides the reading; whether they agree exactly is checked (and reported) below.
    const near = (v: number) => sectorSum !== null && Math.abs(v - sectorSum) <= 0.05 * Math.abs(sectorSum);
    if (near(asThousands)) {
      p.reading = { value: thousands };
      bySum.push(p.line);
    } else if (near(asDecimal)) {
      keptDecimal.push(p.line);
    } else if (median !== null) {
      const distance = (v: number) => Math.abs(Math.log10(Math.max(v, 1e-9) / median));
      if (distance(asThousands) < distance(asDecimal)) {
        p.reading = { value: thousands };
        byMagnitude.push(p.line);
      } else keptDecimal.push(p.line);
    } else undecided.push(p.line);
  }
  if (bySum.length)
    rules.add(
      'THOUSANDS_DOT',
      'WARNING',
      `Deutscher Tausenderpunkt: Werte wie „2.892“ wurden als ganze Zahl mit Tausenderpunkt gelesen (2.892 = 2892), nicht als Dezimalzahl 2,892 — die Sektoren desselben Jahres ergeben zusammen diese Summe (bis auf Rundung; Abweichungen siehe Summenprüfung) (${linesText(bySum)}).`,
      bySum,
    );
  if (byMagnitude.length)
    rules.add(
      'THOUSANDS_DOT_MAGNITUDE',
      'WARNING',
      `Deutscher Tausenderpunkt nach Größenordnung: Werte mit einem Punkt vor genau drei Ziffern wurden als Tausender gelesen, weil die übrigen Werte der Spalte diese Größenordnung haben (${linesText(byMagnitude)}). Bitte prüfen.`,
      byMagnitude,
    );
  if (keptDecimal.length)
    rules.add(
      'DECIMAL_POINT',
      'WARNING',
      `Werte mit einem Punkt vor genau drei Ziffern wurden als Dezimalzahl gelesen (Summe der Sektoren bzw. Größenordnung der Spalte) (${linesText(keptDecimal)}). Bitte prüfen.`,
      keptDecimal,
    );
  if (undecided.length)
    rules.add(
      'AMBIGUOUS_NUMBER',
      'ERROR',
      `Bei „1.234“-Werten ist nicht zu entscheiden, ob der Punkt ein Tausenderpunkt oder ein Dezimalpunkt ist (${linesText(undecided)}). Bitte ohne Tausendertrennzeichen schreiben.`,
      undecided,
    );

  for (const p of pending) {
    if (undecided.includes(p.line)) continue;
    const tCo2e = tidy(p.reading.value * p.factor);
    if (p.kind === 'plan') result.pathPoints.push({ year: p.year, sectorName: p.sectorName, tCo2e, line: p.line });
    else
      result.values.push({
        year: p.year,
        sectorName: p.sectorName,
        energyCarrier: p.carrier,
        tCo2e,
        dataQuality: p.quality,
        source: p.source,
        line: p.line,
      });
  }

  if (lines.ragged.length)
    rules.add(
      'RAGGED_ROW',
      'WARNING',
      `${linesText(lines.ragged)}: weniger Felder als die Kopfzeile (${table.headers.length}); die fehlenden Felder am Ende werden als leer gelesen.`,
      lines.ragged,
    );
  if (lines.decimalComma.length)
    rules.add('DECIMAL_COMMA', 'INFO', `Dezimalkomma gelesen (${linesText(lines.decimalComma)}).`, lines.decimalComma);
  if (lines.grouped.length)
    rules.add('GROUPED_THOUSANDS', 'INFO', `Zahlen mit Tausendertrennzeichen gelesen (${linesText(lines.grouped)}).`, lines.grouped);
  if (lines.plan.length)
    rules.add(
      'PLAN_ROW',
      'INFO',
      `Planwerte (geplant/Ziel/Plan) werden nicht als Bilanz gespeichert, sondern als Punkte des Zielpfads (${linesText(lines.plan)}).`,
      lines.plan,
    );
  if (lines.total.length)
    rules.add(
      'TOTAL_ROW',
      'INFO',
      `Gesamtwerte (Gesamt/Insgesamt/Summe/Total) werden als gemeldete Summe getrennt von den Sektoren gespeichert (${linesText(lines.total)}).`,
      lines.total,
    );
  if (lines.population.length)
    rules.add(
      'POPULATION_ROW',
      'INFO',
      `Einwohnerzahlen gelesen, nicht als Emissionen (${linesText(lines.population)}).`,
      lines.population,
    );
  for (const note of lines.latestNote)
    rules.add(
      'LATEST_NOTE',
      'INFO',
      `Zeile ${note.line}: die Bemerkung markiert ${note.year} als letztes Bilanzjahr; das letzte Bilanzjahr wird aus den Daten bestimmt.`,
      [note.line],
    );

  // New sectors: the preview names them; applying creates them.
  const unknown = [...result.sectorNames.values()].filter((s) => !matchSector(s.name, sectors));
  if (unknown.length)
    rules.add(
      'NEW_SECTOR',
      'WARNING',
      `Unbekannte Sektoren werden beim Übernehmen neu angelegt: ${unknown.map((s) => `„${s.name}“`).join(', ')}.`,
      unknown.flatMap((s) => s.lines),
    );

  // Sectors against the total, year by year.
  const agree: number[] = [];
  for (const year of [...new Set(result.values.map((v) => v.year))].sort((a, b) => a - b)) {
    const ofYear = result.values.filter((v) => v.year === year);
    const totals = ofYear.filter((v) => v.sectorName === null);
    const parts = ofYear.filter((v) => v.sectorName !== null);
    if (!totals.length || !parts.length) continue;
    const total = totals.reduce((s, v) => s + v.tCo2e, 0);
    const sum = parts.reduce((s, v) => s + v.tCo2e, 0);
    if (totalsDisagree(total, sum))
      rules.add(
        'TOTAL_MISMATCH',
        'WARNING',
        `${year}: die gemeldete Summe (${de.format(total / 1000)} kt) weicht von der Summe der Sektoren (${de.format(sum / 1000)} kt) um mehr als 0,5 % oder 1 kt ab; beide werden gespeichert.`,
        [...totals, ...parts].map((v) => v.line),
      );
    else agree.push(year);
  }
  if (agree.length) rules.add('TOTALS_CHECKED', 'INFO', `Sektoren und gemeldete Summe stimmen überein: ${agree.join(', ')}.`);
  if (!pending.length && !result.population.size && !rules.hasErrors)
    rules.add('EMPTY', 'ERROR', 'Die Datei enthält keine Bilanz-, Plan- oder Einwohnerwerte.');
  result.rules = rules.numbered();
  return result;
}
