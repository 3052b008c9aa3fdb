import account from './en/account.json';
import admin from './en/admin.json';
import auth from './en/auth.json';
import charts from './en/charts.json';
import climateChecks from './en/climate-checks.json';
import cockpit from './en/cockpit.json';
import emissions from './en/emissions.json';
import consultations from './en/consultations.json';
import importArea from './en/import.json';
import indicators from './en/indicators.json';
import measures from './en/measures.json';
import notifications from './en/notifications.json';
import reporting from './en/reporting.json';
import shared from './en/shared.json';
import shell from './en/shell.json';
import trainings from './en/trainings.json';

/**
 * The English UI: message ID → English text, one JSON file per feature area (the IDs are the
 * `@@area.key` of the templates' i18n attributes and of `$localize` strings; German is the source).
 */
export const english: Record<string, string> = {
  ...account,
  ...admin,
  ...auth,
  ...charts,
  ...climateChecks,
  ...cockpit,
  ...emissions,
  ...consultations,
  ...importArea,
  ...indicators,
  ...measures,
  ...notifications,
  ...reporting,
  ...shared,
  ...shell,
  ...trainings,
};
