import admin from './en/admin.json';
import climateChecks from './en/climate-checks.json';
import consultations from './en/consultations.json';
import indicators from './en/indicators.json';
import shell from './en/shell.json';
import trainings from './en/trainings.json';

/**
 * The English UI: message ID → English text, one JSON file per feature area (the IDs are the
 * `@@area.key` of the templates' i18n attributes and of `$localize` strings; German is the source).
 */
export const english: Record<string, string> = {
  ...admin,
  ...climateChecks,
  ...consultations,
  ...indicators,
  ...shell,
  ...trainings,
};
