import { expect, test, type Page } from '@playwright/test';
import { choose, expectAccessible, login, openSelect } from './support/helpers';

/** `YYYY-MM-DD`, some days from now (Berlin and UTC agree well enough a week ahead). */
function daysFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const suffix = Date.now().toString(36).slice(-5).toUpperCase();

async function openFromNav(page: Page, testId: string, heading: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test.describe.serial('Beratung: anfragen, bearbeiten, Ergebnis sehen', () => {
  const topic = `Klimakriterien Ausschreibung Dienstfahrräder (E2E ${suffix})`;
  let url = '';
  let measureLabel = '';

  test('a department requests a consultation', async ({ page }) => {
    await login(page, 'department');
    await openFromNav(page, 'nav-consultations', 'Beratungen');
    await expect(page.getByTestId('consultation-count')).not.toContainText('wird aktualisiert');
    await expectAccessible(page, 'consultation list');

    await page.getByTestId('new-consultation').click();
    await expect(page.getByTestId('consultation-form')).toBeVisible();
    await expectAccessible(page, 'consultation form');

    await page.getByTestId('save').click();
    await expect(page.getByText('Bitte das Thema angeben.')).toBeVisible();

    await page.getByTestId('consultation-form-topic').fill(topic);
    await choose(page, 'consultation-form-category', /^Beschaffung$/);
    await page.getByTestId('consultation-form-description').fill('Welche Klimakriterien gehören in die Leistungsbeschreibung?');
    await page.getByTestId('consultation-form-desiredDate').fill(daysFromNow(10));
    await openSelect(page, 'consultation-form-measures');
    const option = page.getByRole('option').first();
    measureLabel = (await option.innerText()).trim();
    await option.click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await page.getByTestId('save').click();

    await expect(page.getByTestId('consultation-title')).toHaveText(topic);
    await expect(page.getByTestId('consultation-status')).toContainText('angefragt');
    await expect(page.getByTestId('consultation-take')).toHaveCount(0);
    await expectAccessible(page, 'consultation detail (department)');
    url = page.url();
  });

  test('a climate manager takes, schedules and completes it', async ({ page }) => {
    await login(page, 'climateManager');
    await page.goto(url);
    await expect(page.getByTestId('consultation-title')).toHaveText(topic);
    await page.getByTestId('consultation-take').click();
    await expect(page.getByTestId('consultation-consultant')).not.toContainText('noch nicht übernommen');

    await page.getByTestId('consultation-schedule').click();
    await page.getByTestId('schedule-date').fill(daysFromNow(7));
    await page.getByTestId('schedule-time').fill('10:30');
    await expectAccessible(page, 'consultation schedule form');
    await page.getByTestId('schedule-save').click();
    await expect(page.getByTestId('consultation-status')).toContainText('terminiert');
    await expect(page.getByTestId('consultation-scheduled')).toContainText('10:30');

    await page.getByTestId('consultation-complete').click();
    await page.getByTestId('complete-save').click();
    await expect(page.getByText('Bitte das Ergebnis der Beratung angeben.')).toBeVisible();
    await page.getByTestId('complete-outcome').fill('Lebenszykluskosten und CO2-Bilanz als Zuschlagskriterium aufnehmen.');
    await page.getByTestId('complete-recommendation').fill('Mustertext der Stabsstelle verwenden.');
    await page.getByTestId('complete-effort').fill('2,5');
    await expectAccessible(page, 'consultation complete form');
    await page.getByTestId('complete-save').click();
    await expect(page.getByTestId('consultation-status')).toContainText('abgeschlossen');
    await expect(page.getByTestId('consultation-complete')).toHaveCount(0);
    await expectAccessible(page, 'consultation detail (climate manager)');
  });

  test('the department sees status and outcome, also on the measure page', async ({ page }) => {
    await login(page, 'department');
    await page.goto('/beratungen?status=DONE');
    await page.getByTestId('consultation-link').filter({ hasText: topic }).click();
    await expect(page.getByTestId('consultation-status')).toContainText('abgeschlossen');
    await expect(page.getByTestId('consultation-outcome')).toContainText('Lebenszykluskosten');
    await expect(page.getByTestId('consultation-effort')).toContainText('2,5');

    await page.getByRole('link', { name: measureLabel }).click();
    await expect(page.getByTestId('measure-detail-title')).toBeVisible();
    await expect(page.getByTestId('related-consultations')).toContainText(topic);
    await expectAccessible(page, 'measure detail with related work');
  });
});

test.describe.serial('Klimacheck: Beschaffung mit negativer Bewertung', () => {
  const title = `Beschaffung Notstromaggregate Diesel (E2E ${suffix})`;
  const reference = `B 2026 ${suffix}`;
  let url = '';

  test('a department submits a Klimacheck; a negative rating needs a reason', async ({ page }) => {
    await login(page, 'department');
    await openFromNav(page, 'nav-climate-checks', 'Klimacheck');
    await expect(page.getByTestId('climate-check-count')).not.toContainText('wird aktualisiert');
    await expectAccessible(page, 'climate check list');

    await page.getByTestId('new-climate-check').click();
    await expect(page.getByTestId('climate-check-form')).toBeVisible();
    await expectAccessible(page, 'climate check form');

    await choose(page, 'cc-form-subjectType', /^Beschaffung$/);
    await page.getByTestId('cc-form-reference').fill(reference);
    await page.getByTestId('cc-form-title').fill(title);
    await page.getByTestId('cc-form-climateRelevant').getByRole('radio', { name: 'ja' }).check();
    await page.getByTestId('cc-form-relevanceReason').fill('Dieselaggregate verursachen direkte Emissionen.');
    const rate = async (criterion: string, impact: string) =>
      page.getByTestId(`cc-impact-${criterion}`).getByRole('radio', { name: impact, exact: true }).check();
    await rate('GHG_EMISSIONS', 'negativ');
    await rate('ENERGY_USE', 'neutral');
    await rate('MOBILITY', 'neutral');
    await rate('LAND_USE', 'neutral');
    await rate('CLIMATE_ADAPTATION', 'positiv');
    await page.getByTestId('cc-form-ghg').fill('12,5');
    await page.getByTestId('cc-form-alternatives').fill('Batteriespeicher geprüft, derzeit zu teuer.');

    await page.getByTestId('save-submit').click();
    await expect(page.getByTestId('cc-reason-error-GHG_EMISSIONS')).toHaveText('Eine negative Bewertung muss begründet werden.');
    await expect(page.getByTestId('cc-reason-GHG_EMISSIONS')).toBeFocused();
    await expectAccessible(page, 'climate check form with errors');

    await page.getByTestId('cc-reason-GHG_EMISSIONS').fill('Verbrennung von Diesel im Probebetrieb, ca. 40 Stunden im Jahr.');
    await page.getByTestId('save-submit').click();
    await expect(page.getByTestId('climate-check-title')).toHaveText(title);
    await expect(page.getByTestId('climate-check-status')).toContainText('eingereicht');
    await expect(page.getByTestId('criterion-row-GHG_EMISSIONS')).toContainText('negativ');
    await expect(page.getByTestId('review-form')).toHaveCount(0);
    await expectAccessible(page, 'climate check detail (department)');
    url = page.url();
  });

  test('a climate manager adds a statement and closes it; the printable result shows both', async ({ page }) => {
    await login(page, 'climateManager');
    await openFromNav(page, 'nav-climate-checks', 'Klimacheck');
    await openSelect(page, 'filter-impact');
    await page.getByRole('option', { name: 'negativ' }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('climate-check-link').filter({ hasText: title }).click();
    await expect(page).toHaveURL(url);

    await page.getByTestId('review-save').click();
    await expect(page.getByText('Bitte eine Stellungnahme schreiben.')).toBeVisible();
    const statement = 'Die Stabsstelle empfiehlt, bei der nächsten Ersatzbeschaffung HVO-fähige Aggregate zu wählen.';
    await page.getByTestId('review-statement').fill(statement);
    await page.getByTestId('review-save').click();
    await expect(page.getByTestId('climate-check-status')).toContainText('geprüft');
    await expect(page.getByTestId('climate-check-statement')).toHaveText(statement);
    await expectAccessible(page, 'climate check detail (reviewed)');

    await page.getByTestId('print-climate-check').click();
    const sheet = page.getByTestId('print-sheet');
    await expect(sheet).toContainText(title);
    await expect(page.getByTestId('print-reference')).toHaveText(reference);
    await expect(page.getByTestId('print-criteria')).toContainText('negativ');
    await expect(page.getByTestId('print-criteria')).toContainText('Verbrennung von Diesel');
    await expect(page.getByTestId('print-statement')).toHaveText(statement);
    await expect(page.getByTestId('print-date')).toContainText(/\d{2}\.\d{2}\.\d{4}/);
    await expect(page.getByTestId('print-button')).toHaveText('Drucken');
    await expectAccessible(page, 'climate check print view');

    // On paper only the result remains: no navigation, no buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('ksc-main-nav')).toBeHidden();
    await expect(page.getByTestId('print-button')).toBeHidden();
    await expect(sheet).toBeVisible();
  });
});

test.describe.serial('Schulung: planen und Teilnehmende erfassen', () => {
  const title = `Klimafreundlich beschaffen in der Praxis (E2E ${suffix})`;
  let url = '';

  test('a climate manager plans a training and records participants', async ({ page }) => {
    await login(page, 'climateManager');
    await openFromNav(page, 'nav-trainings', 'Schulungen');
    await expect(page.getByTestId('training-count')).not.toContainText('wird aktualisiert');
    await expectAccessible(page, 'training calendar');

    await page.getByTestId('new-training').click();
    await expect(page.getByTestId('training-form')).toBeVisible();
    await expectAccessible(page, 'training form');

    await page.getByTestId('training-form-title').fill(title);
    await choose(page, 'training-form-topic', 'Klimafreundliche Beschaffung');
    await page.getByTestId('training-form-trainer').fill('Dr. Klara Muster');
    await page.getByTestId('training-form-date').fill(daysFromNow(14));
    await page.getByTestId('training-form-time').fill('09:00');
    await page.getByTestId('training-form-duration').fill('120');
    // Online needs an https link, in person a place.
    await page.getByTestId('training-form-format').getByRole('radio', { name: 'online' }).check();
    await page.getByTestId('training-form-onlineUrl').fill('http://meet.example/klima');
    await page.getByTestId('save').click();
    await expect(page.getByText(/https-Adresse/).first()).toBeVisible();
    await page.getByTestId('training-form-format').getByRole('radio', { name: 'Präsenz' }).check();
    await page.getByTestId('training-form-location').fill('Rathaus, Sitzungssaal 2');
    await page.getByTestId('training-form-capacity').fill('20');
    await page.getByTestId('save').click();

    await expect(page.getByTestId('training-title')).toHaveText(title);
    await expect(page.getByTestId('training-status')).toContainText('geplant');
    await expect(page.getByTestId('participant-total')).toContainText('0');

    await choose(page, 'registration-orgUnit', /Stadtplanungsamt/);
    await page.getByTestId('registration-count').fill('3');
    await page.getByTestId('registration-names').fill('Anna Beispiel\nBernd Muster');
    await page.getByTestId('registration-save').click();
    await expect(page.getByTestId('participant-total')).toContainText('3');
    await expect(page.getByTestId('participant-row')).toContainText('Stadtplanungsamt');
    await expect(page.getByTestId('participant-name')).toHaveCount(2);
    await expectAccessible(page, 'training detail');

    // GDPR: a name can be deleted, the count stays.
    await page.getByTestId('participant-name').filter({ hasText: 'Anna Beispiel' }).getByTestId('delete-name').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('participant-name')).toHaveCount(1);
    await expect(page.getByTestId('participant-count')).toHaveText('3');
    url = page.url();

    await page.getByTestId('back-to-list').click();
    await expect(page.getByTestId('training-link').filter({ hasText: title })).toBeVisible();
    await expect(page.getByTestId('training-month').first().getByRole('heading', { level: 2 })).toHaveText(/\p{L}+ \d{4}/u);

    await page.getByTestId('training-stats-link').click();
    await expect(page.getByTestId('stats-table')).toBeVisible();
    await expectAccessible(page, 'training statistics');
  });

  test('a department sees the counts but no names', async ({ page }) => {
    await login(page, 'department');
    await page.goto(url);
    await expect(page.getByTestId('training-title')).toHaveText(title);
    await expect(page.getByTestId('participant-count')).toHaveText('3');
    await expect(page.getByTestId('participant-name')).toHaveCount(0);
    await expect(page.getByTestId('registration-form')).toHaveCount(0);
    await expect(page.getByTestId('edit-training')).toHaveCount(0);
  });
});

test.describe('Stabsstelle: Übersichten', () => {
  test('open requests that wait too long are marked with text and icon; the threshold is adjustable', async ({ page }) => {
    await login(page, 'climateManager');
    await page.goto('/beratungen?status=REQUESTED');
    await expect(page.getByTestId('consultation-row').first()).toBeVisible();
    const stale = page.getByTestId('stale-note');
    await expect(stale.first()).toContainText(/Seit \d+ Tagen unbearbeitet/);
    const staleAt14 = await stale.count();
    expect(staleAt14).toBeGreaterThan(0);
    await expectAccessible(page, 'consultation list with stale requests');

    await page.getByTestId('filter-stale-days').fill('30');
    await page.getByTestId('filter-stale-days').press('Enter');
    await expect(page).toHaveURL(/staleDays=30/);
    await expect.poll(async () => stale.count()).toBeLessThan(staleAt14);

    await page.getByTestId('filter-stale-only').getByRole('checkbox').check();
    await expect(page).toHaveURL(/stale=true/);
    await expect(page.getByTestId('consultation-row')).toHaveCount(await stale.count());
  });

  test('the past trainings and the climate checks of all departments are accessible', async ({ page }) => {
    await login(page, 'executive');
    await page.goto('/schulungen');
    await page.getByTestId('when-past').click();
    await expect(page).toHaveURL(/when=past/);
    await expect(page.getByTestId('training-month').first()).toBeVisible();
    await expectAccessible(page, 'past trainings');
    await page.getByTestId('training-link').first().click();
    await expect(page.getByTestId('training-title')).toBeVisible();
    await expect(page.getByTestId('mark-held')).toHaveCount(0);
    await expectAccessible(page, 'past training detail (executive)');

    await page.goto(`/schulungen/statistik?year=${new Date().getFullYear()}`);
    await expect(page.getByTestId('stats-row').first()).toBeVisible();
    await expectAccessible(page, 'training statistics with data');

    await page.goto('/klimacheck');
    await expect(page.getByTestId('climate-check-row').first()).toBeVisible();
    await expect(page.getByTestId('new-climate-check')).toHaveCount(0);
    await page.getByTestId('climate-check-link').first().click();
    await expect(page.getByTestId('climate-check-title')).toBeVisible();
    await expect(page.getByTestId('review-form')).toHaveCount(0);
    await expectAccessible(page, 'climate check detail (executive)');
  });
});
