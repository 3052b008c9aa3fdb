import { expect, test, type Page } from '@playwright/test';
import { choose, expectAccessible, fromTheApp, login } from './support/helpers';

/** `YYYY-MM-DD`, `days` from today (the browser runs in Europe/Berlin, like the city). */
function isoDay(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(day);
}

const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The reporting cycle end to end: a climate manager opens a period, the Stadtplanungsamt reports on
 * its measure, the report is sent back once, revised, accepted, and the measure's Steckbrief shows
 * the new state and both versions. Each step runs as the role that does it in real life.
 */
test.describe('Sachstandsmeldungen: Berichtszeitraum, Meldung, Prüfung, Verlauf', () => {
  test.describe.configure({ mode: 'serial' });

  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const periodName = `E2E Sachstand ${suffix}`;
  const code = `E2E-R${suffix}`.slice(0, 20);
  const title = 'Klimaangepasste Bauleitplanung Nordstadt (E2E)';
  const startDate = isoDay(-60);
  const endDate = isoDay(30);
  const dueDate = isoDay(14);
  const firstText = 'Der Vorentwurf des Bebauungsplans ist abgestimmt; die frühzeitige Beteiligung ist vorbereitet.';
  const revisionComment = 'Bitte die Hemmnisse konkret benennen und den Fortschritt begründen.';
  const revisedText = 'Die frühzeitige Beteiligung ist abgeschlossen; 42 Stellungnahmen werden ausgewertet.';
  let measureId = '';

  const inboxRow = (page: Page) =>
    page.getByTestId('inbox-period').filter({ hasText: periodName }).locator(`[data-testid="inbox-item"][data-measure-code="${code}"]`);

  test('a climate manager opens a reporting period and sees who has to report', async ({ page }) => {
    await login(page, 'climateManager');

    // The measure this journey reports on: led by the Stadtplanungsamt (demo department user).
    const orgUnits = await (await page.request.get('/api/v1/org-units?pageSize=500')).json();
    const fields = await (await page.request.get('/api/v1/fields-of-action?pageSize=100')).json();
    const lead = orgUnits.items.find((u: { code: string }) => u.code === '61');
    const created = await page.request.post('/api/v1/measures', {
      headers: fromTheApp(page),
      data: {
        code,
        title,
        fieldOfActionId: fields.items[0].id,
        leadOrgUnitId: lead.id,
        status: 'IN_PROGRESS',
        assessment: 'ON_TRACK',
        progressPercent: 20,
      },
    });
    expect(created.status()).toBe(201);
    measureId = (await created.json()).id;

    await page.getByTestId('nav-periods').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Berichtszeiträume' })).toBeVisible();
    await expect(page.getByTestId('period-row').filter({ hasText: 'Sachstand 2025' })).toContainText('abgeschlossen');
    await expectAccessible(page, 'reporting periods');

    await page.getByTestId('new-period').click();
    await expect(page.getByTestId('period-form')).toBeVisible();
    // An empty form is refused next to its fields, in German.
    await page.getByTestId('period-save').click();
    await expect(page.getByText('Bitte einen Namen angeben.')).toBeVisible();
    await expectAccessible(page, 'reporting period form');

    await page.getByTestId('period-form-name').fill(periodName);
    await page.getByTestId('period-form-startDate').fill(startDate);
    await page.getByTestId('period-form-endDate').fill(endDate);
    // A due date before the start is caught before it reaches the API.
    await page.getByTestId('period-form-dueDate').fill(isoDay(-90));
    await page.getByTestId('period-save').click();
    await expect(page.getByText('Die Abgabefrist darf nicht vor dem Beginn liegen.')).toBeVisible();
    await page.getByTestId('period-form-dueDate').fill(dueDate);
    await page.getByTestId('period-save').click();
    await expect(page.getByTestId('period-notice')).toContainText(periodName);

    const row = page.locator(`[data-testid="period-row"][data-period-name="${periodName}"]`);
    await expect(row).toContainText(germanDate(dueDate));
    await expect(row.getByTestId('period-state')).toHaveText('offen');

    // Close and reopen, keyboard-reachable buttons with a confirmation for closing.
    await row.getByTestId('period-close').click();
    await page.getByTestId('confirm-ok').click();
    await expect(row.getByTestId('period-state')).toContainText('abgeschlossen');
    await row.getByTestId('period-reopen').click();
    await expect(row.getByTestId('period-state')).toHaveText('offen');
    await expect(page.getByTestId('period-notice')).toContainText('wieder offen');

    // The period's status: the new measure is expected and not yet due.
    await row.getByTestId('period-status-link').click();
    await expect(page.getByTestId('period-status-title')).toContainText(periodName);
    const measureRow = page.locator(`[data-testid="period-measure-row"][data-measure-code="${code}"]`);
    await expect(measureRow.getByTestId('period-measure-timeliness')).toHaveText('noch nicht fällig');
    await expect(measureRow).toContainText('noch nicht begonnen');
    await expect(page.getByTestId('period-count-expected')).not.toContainText(/^\s*0/);
    // Data-quality hint: measures without an accepted report in this and the previous period.
    await expect(page.getByTestId('stale-hint')).toContainText('Datenqualität');
    await expectAccessible(page, 'reporting period status');
    await page.getByTestId('show-stale').click();
    await expect(page.getByTestId('period-measure-row').first().getByTestId('period-measure-quality')).toContainText('veraltet');
  });

  test('the department sees the measure as due, saves a draft and submits it', async ({ page }) => {
    await login(page, 'department');
    await page.getByTestId('nav-inbox').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Maßnahmen' })).toBeVisible();
    await expect(page.getByTestId('inbox-org-unit')).toContainText('Stadtplanungsamt');
    const row = inboxRow(page);
    await expect(row.getByTestId('inbox-item-state')).toContainText('noch nicht begonnen');
    await expect(row).toContainText(germanDate(dueDate));
    await expect(row).toContainText('noch nicht fällig');
    // The demo department also has an item sent back for revision, with the reviewer's comment.
    await expect(page.getByTestId('inbox-revision-comment').first()).toBeVisible();
    await expectAccessible(page, 'inbox');

    await row.getByTestId('inbox-action').click();
    await expect(page.getByTestId('report-form')).toBeVisible();
    await expect(page.getByTestId('report-form-heading')).toContainText(code);
    await expect(page.getByTestId('report-form-periodId')).toContainText(periodName);
    await expectAccessible(page, 'report form (new)');

    await page.getByTestId('report-form-progressPercent').fill('35');
    await page.getByTestId('report-form-obstacles').fill('Personalengpass im Sachgebiet Bauleitplanung.');
    await page.getByTestId('report-save-draft').click();
    await expect(page).toHaveURL(/\/sachstandsmeldungen\/[0-9a-f-]+\/bearbeiten$/);
    await expect(page.getByTestId('report-form-notice')).toContainText('Entwurf wurde gespeichert');

    // Submitting needs the Sachstand itself.
    await page.getByTestId('report-submit').click();
    await expect(page.getByText('Bitte den Sachstand beschreiben, bevor die Meldung eingereicht wird.')).toBeVisible();

    await page.getByTestId('report-form-text').fill(firstText);
    await page.getByTestId('report-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page).toHaveURL(/\/sachstandsmeldungen\/[0-9a-f-]+$/);
    await expect(page.getByTestId('report-notice')).toContainText('eingereicht');
    await expect(page.getByTestId('report-state')).toHaveText('eingereicht');
    await expectAccessible(page, 'report detail');

    await page.getByTestId('nav-inbox').click();
    await expect(inboxRow(page).getByTestId('inbox-item-state')).toContainText('eingereicht');
  });

  test('the climate manager sends the report back with a required comment', async ({ page }) => {
    await login(page, 'climateManager');
    await page.getByTestId('nav-review').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prüfung der Sachstandsmeldungen' })).toBeVisible();
    await choose(page, 'review-period-filter', periodName);
    const item = page.locator(`[data-testid="review-item"][data-measure-code="${code}"]`);
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId('review-change-summary')).toContainText('die erste');
    await expect(item.getByTestId('report-comparison')).toContainText(firstText);
    await expectAccessible(page, 'review queue');

    await item.getByTestId('review-request-revision').click();
    await expect(item.getByText('Bitte geben Sie an, was überarbeitet werden soll.')).toBeVisible();
    await expect(item.getByTestId('review-comment')).toBeFocused();
    await item.getByTestId('review-comment').fill(revisionComment);
    // Keyboard alone: from the comment, Tab reaches "Annehmen", then "Überarbeitung anfordern".
    await page.keyboard.press('Tab');
    await expect(item.getByTestId('review-accept')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(item.getByTestId('review-request-revision')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('review-notice')).toContainText('Überarbeitung angefordert');
    // Focus moves to the message, not to the top of the page.
    await expect(page.locator('.status-box')).toBeFocused();
    await expect(item).toHaveCount(0);
  });

  test('the department sees the comment prominently and submits a new version', async ({ page }) => {
    await login(page, 'department');
    await page.getByTestId('nav-inbox').click();
    const row = inboxRow(page);
    await expect(row.getByTestId('inbox-item-state')).toContainText('Überarbeitung angefordert');
    await expect(row.getByTestId('inbox-revision-comment')).toContainText(revisionComment);
    await row.getByTestId('inbox-action').focus();
    await page.keyboard.press('Enter');

    await expect(page.getByTestId('report-revision-comment')).toContainText(revisionComment);
    await expect(page.getByTestId('report-form-heading')).toContainText('Neue Fassung');
    // Prefilled with the version that was sent back.
    await expect(page.getByTestId('report-form-text')).toHaveValue(firstText);
    await expectAccessible(page, 'report form (revision)');

    await page.getByTestId('report-form-progressPercent').fill('50');
    await page.getByTestId('report-form-text').fill(revisedText);
    await page.getByTestId('report-form-obstacles').fill('Personalengpass: eine Planstelle bis März 2027 unbesetzt.');
    await page.getByTestId('report-submit').focus();
    await page.keyboard.press('Enter');
    // The confirmation starts on "Abbrechen", so Enter alone never submits by accident.
    await expect(page.getByTestId('confirm-cancel')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('confirm-ok')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('report-state')).toHaveText('eingereicht');
    await expect(page.getByText('2. Fassung')).toBeVisible();
  });

  test('the climate manager accepts; a second, late decision gets a clear conflict message', async ({ page, context }) => {
    await login(page, 'climateManager');
    await page.goto('/pruefung');
    await choose(page, 'review-period-filter', periodName);
    const item = page.locator(`[data-testid="review-item"][data-measure-code="${code}"]`);
    await expect(item.getByTestId('review-revision')).toContainText('2. Fassung');
    await expect(item.getByTestId('review-previous-comment')).toContainText(revisionComment);

    // A colleague (second tab) accepts the same report first.
    const colleague = await context.newPage();
    await colleague.goto('/pruefung');
    await choose(colleague, 'review-period-filter', periodName);
    const sameItem = colleague.locator(`[data-testid="review-item"][data-measure-code="${code}"]`);
    await sameItem.getByTestId('review-comment').fill('Danke, nachvollziehbar begründet.');
    await sameItem.getByTestId('review-accept').click();
    await expect(colleague.getByTestId('review-notice')).toContainText('angenommen');
    await colleague.close();

    await item.getByTestId('review-accept').click();
    await expect(page.getByTestId('problem-alert')).toContainText('inzwischen von jemand anderem geprüft');
    await expect(item).toHaveCount(0);
    await expectAccessible(page, 'review queue after conflict');
  });

  test("the measure's Steckbrief shows the accepted state and both versions, comparable in one click", async ({ page }) => {
    await login(page, 'climateManager');
    await page.goto(`/massnahmen/${measureId}`);
    await expect(page.getByTestId('measure-detail-title')).toContainText(title);
    // The accepted report became the measure's state.
    await expect(page.getByText('50 %').first()).toBeVisible();

    const reports = page.getByTestId('measure-reports');
    const entries = reports.getByTestId('report-entry');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText(periodName);
    await expect(entries.nth(0)).toContainText('2. Fassung');
    await expect(entries.nth(0).getByTestId('report-state-badge')).toHaveText('angenommen');
    await expect(entries.nth(0).getByTestId('report-entry-excerpt')).toContainText('frühzeitige Beteiligung ist abgeschlossen');
    await expect(entries.nth(1).getByTestId('report-state-badge')).toHaveText('Überarbeitung angefordert');
    await expect(entries.nth(1).getByTestId('report-entry-review')).toContainText(revisionComment);
    await expect(reports.getByTestId('report-new')).toBeVisible();
    await expectAccessible(page, 'measure detail with reports');

    // One click: the newest against the one before it.
    await entries.nth(0).getByTestId('compare-previous').click();
    await expect(page.getByTestId('compare-title')).toContainText(code);
    await expect(page.getByTestId('compare-summary')).toContainText('Angaben geändert');
    const progress = page.locator('[data-testid="comparison-row"][data-field="progressPercent"]');
    await expect(progress).toHaveAttribute('data-changed', 'true');
    await expect(progress).toContainText('35 %');
    await expect(progress).toContainText('50 %');
    await expect(progress.getByTestId('comparison-change')).toHaveText('+15 Prozentpunkte');
    await expect(page.locator('[data-testid="comparison-row"][data-field="status"] [data-testid="comparison-change"]')).toHaveText(
      'unverändert',
    );
    await expectAccessible(page, 'report comparison');

    // Or choose two on the timeline.
    await page.getByTestId('back-to-detail').click();
    const timeline = page.getByTestId('measure-reports').getByTestId('report-entry');
    await timeline.nth(0).getByTestId('compare-select').getByRole('checkbox').check();
    await timeline.nth(1).getByTestId('compare-select').getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await expect(timeline.nth(1).getByTestId('compare-select').getByRole('checkbox')).toBeChecked();
    await page.getByTestId('compare-selected').click();
    await expect(page.locator('[data-testid="comparison-row"][data-field="text"]')).toContainText(revisedText);
  });

  test('the department cannot open the review or manage periods', async ({ page }) => {
    await login(page, 'department');
    await expect(page.getByTestId('nav-review')).toHaveCount(0);
    await expect(page.getByTestId('nav-periods')).toHaveCount(0);
    await page.goto('/pruefung');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kein Zugriff');
  });
});
