/**
 * `npm run seed:large`: fills the configured database (DATABASE_URL) with a big generated city, in one
 * transaction. Refuses a database that already has measures, so it never mixes with real data.
 */
import 'reflect-metadata';
import { loadConfig } from '../app/config/app.config';
import { dataSourceOptions, openDatabase } from '../app/database/data-source-options';
import { MeasureEntity } from '../app/measures/measure.entity';
import { generateLargeCity, LARGE_CITY_PASSWORD } from './large-city';

async function main() {
  const config = loadConfig();
  const seed = Number(process.env['SEED'] ?? 2026);
  const dataSource = await openDatabase(dataSourceOptions(config.database));
  try {
    if ((await dataSource.manager.count(MeasureEntity)) > 0) {
      console.error(
        'Die Datenbank enthält bereits Maßnahmen. seed:large füllt nur eine leere Datenbank (z. B. DATABASE_URL=sqlite:./data/gross.sqlite).',
      );
      process.exitCode = 1;
      return;
    }
    const started = Date.now();
    const counts = await dataSource.transaction((manager) => generateLargeCity(manager, seed));
    console.log(`Großstadt erzeugt in ${((Date.now() - started) / 1000).toFixed(1)} s (Seed ${seed}, ${config.database.engine}):`);
    for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(16)} ${n.toLocaleString('de-DE')}`);
    console.log(
      `Anmeldung: admin@grossstadt.example, klimaschutz@grossstadt.example, leitung@grossstadt.example, fb-<Amt>@grossstadt.example – Passwort ${LARGE_CITY_PASSWORD}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
