/**
 * `npm run import -- <file.csv|file.xlsx> [--dry-run] [--default-org-unit <code>]`: imports a measure catalogue
 * into the database named by DATABASE_URL, through the same ImportRunner as the dashboard's wizard. New measures
 * whose row names no lead org unit get the one given by `--default-org-unit` (else the automatic choice). Prints
 * what it creates and every warning; on any error it prints them all, writes nothing and exits non-zero.
 */
import 'reflect-metadata';
import type { ImportIssue } from '@klimaschutz/contracts';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { loadConfig } from '../app/config/app.config';
import { dataSourceOptions, openDatabase } from '../app/database/data-source-options';
import { ImportFileError } from '../app/imports/import-file';
import { ImportRejected, ImportRunner } from '../app/imports/import-runner';

const where = (i: ImportIssue) => (i.row ? `Zeile ${i.row}${i.column ? `, Spalte „${i.column}“` : ''}` : 'Datei');
const counts = (c: Record<string, number>) =>
  `${c['fieldsOfAction']} Handlungsfelder, ${c['orgUnits']} Organisationseinheiten, ${c['reportingPeriods']} Berichtszeiträume, ${c['measures']} Maßnahmen, ${c['reports']} Sachstände`;

const USAGE = 'Aufruf: npm run import -- <datei.csv|datei.xlsx> [--dry-run] [--default-org-unit <Kennung>]';

/** The file, `--dry-run` and `--default-org-unit <code>` (or `=<code>`); null on anything else. */
function parseArgs(args: string[]): { file: string; dryRun: boolean; defaultLeadOrgUnit: string | null } | null {
  let file: string | null = null;
  let dryRun = false;
  let defaultLeadOrgUnit: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--default-org-unit' && args[i + 1] && !args[i + 1].startsWith('--')) defaultLeadOrgUnit = args[++i];
    else if (arg.startsWith('--default-org-unit=') && arg.length > '--default-org-unit='.length)
      defaultLeadOrgUnit = arg.slice('--default-org-unit='.length);
    else if (!arg.startsWith('--') && file === null) file = arg;
    else return null;
  }
  return file ? { file, dryRun, defaultLeadOrgUnit } : null;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const { file, dryRun, defaultLeadOrgUnit } = parsed;
  let buffer: Buffer;
  try {
    if (statSync(file).size > 5 * 1024 * 1024) throw new ImportFileError('Die Datei ist zu groß (höchstens 5 MB).');
    buffer = readFileSync(file);
  } catch (error) {
    console.error(error instanceof ImportFileError ? error.message : `Die Datei ${file} kann nicht gelesen werden.`);
    return 2;
  }
  const config = loadConfig(process.env);
  const dataSource = await openDatabase(dataSourceOptions(config.database));
  try {
    const runner = new ImportRunner(dataSource);
    const fileName = basename(file);
    const analysis = await runner.analyse(buffer, fileName);
    console.log(`Spalten: ${analysis.detectedColumns.map((c) => `${c.header} → ${c.field ?? '(ignoriert)'}`).join(', ')}`);
    const preview = await runner.preview(analysis.table, analysis.mapping, fileName, { defaultLeadOrgUnit });
    // The CLI takes the default for master data: existing records are matched and never changed.
    for (const item of preview.masterData) {
      const what = { FIELD_OF_ACTION: 'Handlungsfeld', ORG_UNIT: 'Organisationseinheit', REPORTING_PERIOD: 'Berichtszeitraum' }[item.kind];
      console.log(
        item.existing ? `${what} ${item.key}: zugeordnet zu „${item.existing.name}“ (unverändert)` : `${what} ${item.key}: wird angelegt`,
      );
    }
    for (const w of preview.warnings) console.log(`Warnung (${where(w)}): ${w.message}`);
    if (preview.errors.length) {
      for (const e of preview.errors) console.error(`Fehler (${where(e)}): ${e.message}`);
      console.error(`${preview.errors.length} Fehler – es wurde nichts importiert.`);
      return 1;
    }
    if (dryRun) {
      console.log(
        `Probelauf: würde anlegen ${counts({ ...preview.create })}; ändern ${counts({ ...preview.update })}. Nichts geschrieben.`,
      );
      return 0;
    }
    const result = await runner.commit(analysis.table, analysis.mapping, {
      defaultLeadOrgUnit,
      fileName,
      importId: randomUUID(),
      actor: null,
    });
    console.log(`Angelegt: ${counts({ ...result.create })}`);
    console.log(`Geändert: ${counts({ ...result.update })}`);
    if (result.measureCodes.created.length) console.log(`Neue Maßnahmen: ${result.measureCodes.created.join(', ')}`);
    if (result.measureCodes.updated.length) console.log(`Geänderte Maßnahmen: ${result.measureCodes.updated.join(', ')}`);
    console.log(`${result.warnings.length} Warnungen.`);
    return 0;
  } catch (error) {
    if (error instanceof ImportFileError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof ImportRejected) {
      for (const e of error.result.errors) console.error(`Fehler (${where(e)}): ${e.message}`);
      console.error(error.message);
      return 1;
    }
    console.error(`Der Import ist fehlgeschlagen; es wurde nichts geschrieben: ${(error as Error).message}`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
