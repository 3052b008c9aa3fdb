import { expect, test, type Locator, type Page } from '@playwright/test';
import type { DashboardSummary, ReportingPeriodStatus, TrendPoint } from '@klimaschutz/contracts';
import { DEMO_PASSWORD, USERS, expectAccessible, login } from './support/helpers';

/** The charts of the cockpit, by their `chartId`. */
const CHARTS = ['status', 'fields', 'org-units', 'trend', 'ghg', 'timeliness', 'timeliness-org-units'] as const;

const chart = (page: Page, id: string) => page.getByTestId(`chart-${id}`);

/** The numbers a chart's table holds, keyed `category/series` (from the cells' data-value). */
async function tableValues(page: Page, id: string): Promise<Record<string, number>> {
  const cells = chart(page, id).getByTestId('chart-cell');
  const entries = await cells.evaluateAll((tds) =>
    tds.map((td) => [`${td.getAttribute('data-category')}/${td.getAttribute('data-series')}`, Number(td.getAttribute('data-value'))]),
  );
  return Object.fromEntries(entries);
}

/** Opens every chart's table; the rows are built once a table is opened. */
async function openAllTables(page: Page): Promise<void> {
  const details = page.locator('details[data-testid="chart-table-details"]');
  await details.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect(page.getByTestId('chart-table')).toHaveCount(await details.count());
}

/**
 * Clicks the chart where it is drawn in the given colour: the first spot (top to bottom) whose
 * whole neighbourhood has that colour, so it lies inside a segment and not on a legend swatch.
 */
async function clickColour(canvas: Locator, hex: string, margin: number): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  // Charts draw once they come into view.
  await expect(canvas).toHaveAttribute('data-drawn', 'true');
  const point = await canvas.evaluate(
    (el, args) => {
      const c = el as HTMLCanvasElement;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(args.hex.slice(i, i + 2), 16));
      const { width, height } = c;
      const data = c.getContext('2d')!.getImageData(0, 0, width, height).data;
      const is = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return Math.abs(data[i] - r) < 10 && Math.abs(data[i + 1] - g) < 10 && Math.abs(data[i + 2] - b) < 10;
      };
      const m = args.margin;
      for (let y = m; y < height - m; y += 2) {
        for (let x = m; x < width - m; x += 2) {
          let inside = is(x, y);
          for (let dy = -m; inside && dy <= m; dy += 2) for (let dx = -m; inside && dx <= m; dx += 2) inside = is(x + dx, y + dy);
          if (inside) {
            const scale = width / c.getBoundingClientRect().width;
            return { x: x / scale, y: y / scale };
          }
        }
      }
      return null;
    },
    { hex, margin },
  );
  expect(point, `a ${hex} segment`).not.toBeNull();
  await canvas.click({ position: point! });
}

/**
 * What the canvas shows a reader: its laid-out size and how many of its pixels are painted. A chart
 * that never drew keeps the browser's default 300 × 150 bitmap, all of it transparent.
 */
async function canvasPaint(canvas: Locator): Promise<{ width: number; height: number; bitmapWidth: number; painted: number }> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const box = c.getBoundingClientRect();
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4 * 7) if (data[i] > 0) painted++;
    return { width: box.width, height: box.height, bitmapWidth: c.width, painted };
  });
}

/** Scrolls like a reader with the wheel or the scroll bar: no click, no key, no focus. */
const scrollTo = (canvas: Locator) => canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));

test.describe('Cockpit der Verwaltungsleitung', () => {
  test.beforeAll(async ({ playwright }, testInfo) => {
    // Today's snapshot after the demo city's year of history, as the nightly job writes it.
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const login = await api.post('/api/v1/auth/login', { data: { email: USERS.admin, password: DEMO_PASSWORD } });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const run = await api.post('/api/v1/jobs/status-snapshot/run', { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(run.ok()).toBe(true);
    await api.dispose();
  });

  test.beforeEach(async ({ page }) => {
    // Charts draw at once (no animation), so the canvas can be read and clicked right away.
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });

  test('the mayor lands on the cockpit and sees every chart with title, finding and canvas', async ({ page }) => {
    await login(page, 'executive');
    await expect(page).toHaveURL(/\/cockpit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Klimaschutz-Cockpit' })).toBeVisible();
    await expect(page.getByTestId('nav-cockpit')).toHaveAttribute('aria-current', 'page');
    for (const id of CHARTS) {
      await expect(chart(page, id).getByTestId('chart-title')).toBeVisible();
      await expect(chart(page, id).getByTestId('chart-finding')).not.toBeEmpty();
      const box = await chart(page, id).getByTestId('chart-canvas').boundingBox();
      expect(box?.width, `${id} canvas width`).toBeGreaterThan(100);
      expect(box?.height, `${id} canvas height`).toBeGreaterThan(100);
    }
    await expect(chart(page, 'status').getByTestId('chart-finding')).toContainText(/\d+ von \d+ Maßnahmen (ist|sind) verzögert/);
    // The demo city comes with a year of daily snapshots: a trend on the first look.
    await expect(chart(page, 'trend').getByTestId('chart-finding')).toContainText(
      /^Seit dem \d{2}\.\d{2}\.\d{4} stieg der durchschnittliche Fortschritt von/,
    );
    await expect(chart(page, 'trend').getByTestId('trend-few')).toHaveCount(0);
    await expect(page.getByTestId('attention-row').first()).toBeVisible();
    await expectAccessible(page, 'cockpit');
    await openAllTables(page);
    await expectAccessible(page, 'cockpit with all data tables open');
  });

  test('opened directly (a bookmark, a reload), the cockpit comes complete with its page: no API request of its own', async ({ page }) => {
    await login(page, 'executive');
    // The cockpit the login led to has finished asking before the page is opened anew.
    await expect(page.locator('.cockpit')).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('attention-row').first()).toBeVisible();
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
    });
    await page.goto('/cockpit');
    await expect(page.getByTestId('current-user')).toContainText('Karin Albrecht');
    await expect(page.getByTestId('cockpit-meta')).toContainText('Berichtszeitraum');
    await expect(page.getByTestId('attention-row').first()).toBeVisible();
    await expect(chart(page, 'timeliness-org-units').getByTestId('chart-title')).toBeVisible();
    await expect(page.getByTestId('cockpit-filter-org-unit').locator('option')).not.toHaveCount(1);
    expect(asked).toEqual([]);

    // A changed selection asks the API, and gets current figures.
    await page.getByTestId('cockpit-filter-field-of-action').selectOption({ label: 'M – Mobilität' });
    await expect.poll(() => asked.filter((url) => url.startsWith('/api/v1/dashboard/summary?fieldOfActionId=')).length).toBe(1);
  });

  test('opened directly, the cockpit arrives rendered by the server: readable without script, taken over by the app on first use', async ({
    page,
    browser,
  }) => {
    await login(page, 'executive');
    const summary = (await (await page.request.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;
    const cookies = await page.context().cookies();

    // Without JavaScript (or before it has arrived) the figures, findings and the attention list are there.
    const plain = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
    await plain.addCookies(cookies);
    const still = await plain.newPage();
    await still.goto('/cockpit');
    await expect(still.getByTestId('kpi-total')).toContainText(String(summary.measures.total));
    await expect(still.getByTestId('current-user')).toContainText('Karin Albrecht');
    for (const id of CHARTS) await expect(chart(still, id).getByTestId('chart-finding'), id).not.toBeEmpty();
    await expect(still.getByTestId('attention-row').first()).toBeVisible();
    await plain.close();

    // With it: no error while the app takes over the page, and what it draws matches what the server wrote.
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/cockpit');
    await expect(page.locator('ksc-root')).toHaveAttribute('ng-server-context', 'ssr');
    await expect(page.getByTestId('kpi-total')).toContainText(String(summary.measures.total));
    // A chart scrolled into view wakes the app and draws.
    const canvas = chart(page, 'status').getByTestId('chart-canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    // The first use of the filters works like any later one. A user opens the list before picking
    // (the click is the interaction that lets the app take over the filters; Playwright's selectOption
    // alone only sets the value, which no user can do).
    const orgUnit = page.getByTestId('cockpit-filter-org-unit');
    await orgUnit.scrollIntoViewIfNeeded();
    await orgUnit.click();
    await page.keyboard.press('Escape');
    await orgUnit.selectOption({ index: 1 });
    await expect(page).toHaveURL(/orgUnitId=/);
    await expect(page.getByTestId('cockpit-meta')).toContainText('Organisationseinheit');
    await expectAccessible(page, 'cockpit rendered by the server');
    expect(errors).toEqual([]);
  });

  test('opened directly, every chart draws when it is scrolled to, without a click', async ({ page }) => {
    await login(page, 'executive');
    await page.goto('/cockpit');
    await expect(page.locator('ksc-root')).toHaveAttribute('ng-server-context', 'ssr');
    for (const id of CHARTS) {
      const canvas = chart(page, id).getByTestId('chart-canvas');
      await scrollTo(canvas);
      await expect(canvas, `${id} drawn after scrolling`).toHaveAttribute('data-drawn', 'true');
      const frame = await chart(page, id).locator('.chart__canvas').boundingBox();
      const paint = await canvasPaint(canvas);
      expect(paint.width, `${id} canvas as wide as its card`).toBeGreaterThan(frame!.width - 2);
      expect(paint.height, `${id} canvas as tall as its frame`).toBeGreaterThan(frame!.height - 2);
      expect(paint.bitmapWidth, `${id} bitmap drawn at its size, not the default 300`).toBeGreaterThanOrEqual(Math.floor(paint.width));
      expect(paint.painted, `${id} painted pixels`).toBeGreaterThan(500);
    }
  });

  test('printed from the browser menu without touching the page, every chart is on paper with its figures', async ({ page }) => {
    await login(page, 'executive');
    const summary = (await (await page.request.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;
    await page.goto('/cockpit');
    await expect(page.locator('ksc-root')).toHaveAttribute('ng-server-context', 'ssr');
    // Ctrl+P: the browser announces printing and lays the page out for paper at once; it does not wait
    // for anything that starts then. So the page is read in the same task as the announcement.
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    const printed = await page.evaluate(
      (ids) => {
        window.dispatchEvent(new Event('beforeprint'));
        return ids.map((id) => {
          const section = document.querySelector(`[data-testid="chart-${id}"]`)!;
          const canvas = section.querySelector('canvas')!;
          const figures = section.querySelector<HTMLElement>('[data-testid="chart-print-figures"]')!;
          const box = canvas.getBoundingClientRect();
          const data = canvas.width && canvas.height ? canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data : [];
          let painted = 0;
          for (let i = 3; i < data.length; i += 4 * 7) if (data[i] > 0) painted++;
          return {
            id,
            canvasShown: getComputedStyle(canvas.parentElement!).display !== 'none' && box.width > 100 && box.height > 50,
            painted,
            figuresShown: getComputedStyle(figures).display !== 'none',
            figures: figures.textContent ?? '',
          };
        });
      },
      [...CHARTS],
    );
    for (const chart of printed) {
      // On paper either the drawn chart or its figures, never an empty frame.
      expect(chart.canvasShown && chart.painted > 500 ? 'drawn chart' : chart.figuresShown ? 'figures' : 'empty frame', chart.id).not.toBe(
        'empty frame',
      );
      if (!chart.canvasShown || chart.painted <= 500)
        expect(chart.canvasShown, `${chart.id}: no empty canvas beside the figures`).toBe(false);
    }
    // Nobody scrolled: the charts below the first screen are not drawn yet, and print their figures.
    const fields = printed.find((chart) => chart.id === 'fields')!;
    expect(printed.some((chart) => chart.figuresShown)).toBe(true);
    if (fields.figuresShown) {
      for (const bucket of summary.byFieldOfAction.filter((b) => b.total > 0)) {
        expect(fields.figures).toContain(
          `${bucket.name}: ${bucket.byAssessment.ON_TRACK} im Plan (grün), ${bucket.byAssessment.AT_RISK} gefährdet (gelb), ${bucket.byAssessment.OFF_TRACK} kritisch (rot)`,
        );
      }
    }
    await expect(chart(page, 'status').getByTestId('chart-finding')).toBeVisible();
  });

  test('the cockpit names the basis of its traffic lights, in the words of the council report, on screen and on paper', async ({
    page,
  }) => {
    await login(page, 'executive');
    const summary = (await (await page.request.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;
    const basis = page.getByTestId('assessment-basis');
    await expect(basis).toContainText(
      'Grundlage der Ampel: je Maßnahme die zuletzt angenommene Sachstandsmeldung der federführenden Stelle im Berichtszeitraum „Sachstand 2026“; ' +
        'Maßnahmen ohne angenommene Meldung zählen als „nicht bewertet“.',
    );
    await expect(basis).toContainText(/Stand \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr\./);
    await expect(page.getByTestId('kpi-off-track')).toContainText(`${summary.measures.byAssessment.NOT_ASSESSED} nicht bewertet`);
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    await expect(basis).toBeVisible();
  });

  test('the data tables hold the same numbers as the API', async ({ page }) => {
    await login(page, 'executive');
    await expect(chart(page, 'status').getByTestId('chart-finding')).not.toBeEmpty();
    await openAllTables(page);
    const summary = (await (await page.request.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;

    const status = await tableValues(page, 'status');
    for (const [key, n] of Object.entries(summary.measures.byStatus)) expect(status[`${key}/count`], key).toBe(n);
    // What a reader sees in the opened table is the same number.
    await expect(chart(page, 'status').locator('[data-category="DELAYED"][data-testid="chart-cell"]')).toHaveText(
      new RegExp(`^\\s*${summary.measures.byStatus.DELAYED}\\b`),
    );
    await expect(page.getByTestId('kpi-total')).toContainText(String(summary.measures.total));

    const fields = await tableValues(page, 'fields');
    for (const bucket of summary.byFieldOfAction.filter((b) => b.total > 0)) {
      for (const [assessment, n] of Object.entries(bucket.byAssessment)) expect(fields[`${bucket.id}/${assessment}`], bucket.name).toBe(n);
    }
    const units = await tableValues(page, 'org-units');
    for (const bucket of summary.byOrgUnit.filter((b) => b.total > 0)) {
      for (const [assessment, n] of Object.entries(bucket.byAssessment)) expect(units[`${bucket.id}/${assessment}`], bucket.name).toBe(n);
    }
    const ghg = await tableValues(page, 'ghg');
    for (const bucket of summary.byFieldOfAction.filter((b) => b.ghg.targetTPerYear > 0 || b.ghg.achievedTPerYear > 0)) {
      expect(ghg[`${bucket.id}/target`], bucket.name).toBe(bucket.ghg.targetTPerYear);
      expect(ghg[`${bucket.id}/achieved`], bucket.name).toBe(bucket.ghg.achievedTPerYear);
    }
    const r = summary.reports;
    expect(await tableValues(page, 'timeliness')).toEqual({
      'onTime/count': r.onTime,
      'late/count': r.late,
      'overdue/count': r.overdue,
      'pending/count': r.expected - r.onTime - r.late - r.overdue,
    });

    const periodStatus = (await (
      await page.request.get(`/api/v1/reporting-periods/${summary.reportingPeriod!.id}/status`)
    ).json()) as ReportingPeriodStatus;
    const byUnit = await tableValues(page, 'timeliness-org-units');
    for (const unit of periodStatus.byOrgUnit) {
      expect(byUnit[`${unit.orgUnit.id}/overdue`], unit.orgUnit.name).toBe(unit.overdue);
      expect(byUnit[`${unit.orgUnit.id}/onTime`], unit.orgUnit.name).toBe(unit.onTime);
    }

    const trend = (await (await page.request.get('/api/v1/dashboard/trend')).json()) as TrendPoint[];
    const trendValues = await tableValues(page, 'trend');
    // A week's last snapshot for each of the past twelve months, in the table a reader opens.
    expect(trend.length).toBeGreaterThanOrEqual(52);
    await expect(chart(page, 'trend').getByTestId('chart-row')).toHaveCount(trend.length);
    for (const point of trend) expect(trendValues[`${point.day}/progress`]).toBe(point.averageProgressPercent);
  });

  test('a click on a chart segment opens the measure list filtered to it', async ({ page }) => {
    await login(page, 'executive');
    const summary = (await (await page.request.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;

    // "geplant" is the first, unpatterned segment of the status doughnut.
    await clickColour(chart(page, 'status').getByTestId('chart-canvas'), '#5b6b7a', 24);
    await expect(page).toHaveURL(/\/massnahmen\?status=PLANNED$/);
    await expect(page.getByTestId('measure-count')).toContainText(`${summary.measures.byStatus.PLANNED} Maßnahme`);

    // "im Plan" of the first lead org unit's bar: the list narrows to the measures that unit leads.
    await page.goBack();
    await clickColour(chart(page, 'org-units').getByTestId('chart-canvas'), '#1b7f3b', 16);
    await expect(page).toHaveURL(/\/massnahmen\?.*orgUnitRole=lead/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('assessment')).toBe('ON_TRACK');
    // The chart counts the period's accepted reports; the list filters on each measure's own, current
    // traffic light (the chart says so beside it), so the list shows what the measure API finds.
    const listed = (await (
      await page.request.get(`/api/v1/measures?pageSize=1&assessment=ON_TRACK&orgUnitId=${params.get('orgUnitId')}&orgUnitRole=lead`)
    ).json()) as { total: number };
    await expect(page.getByTestId('measure-count')).toContainText(`${listed.total} Maßnahme`);
    await expect(page.getByTestId('filter-org-unit-lead')).toBeVisible();
  });

  test('keyboard users reach the same lists through the table links and the focused chart', async ({ page }) => {
    await login(page, 'executive');
    const summary = (await (await page.request.get('/api/v1/dashboard/summary')).json()) as DashboardSummary;

    const toggle = chart(page, 'status').getByTestId('chart-table-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const link = chart(page, 'status').locator('[data-category="DELAYED"]').getByTestId('chart-link');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/massnahmen\?status=DELAYED$/);
    await expect(page.getByTestId('measure-count')).toContainText(`${summary.measures.byStatus.DELAYED} Maßnahme`);

    await page.goBack();
    const canvas = chart(page, 'status').getByTestId('chart-canvas');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await expect(chart(page, 'status').getByTestId('chart-announcement')).toContainText(`geplant: ${summary.measures.byStatus.PLANNED}`);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/massnahmen\?status=PLANNED$/);
  });

  test('the filters live in the URL, so a shared link shows the same view', async ({ page }) => {
    await login(page, 'executive');
    await page.getByTestId('cockpit-filter-field-of-action').selectOption({ label: 'M – Mobilität' });
    await expect(page).toHaveURL(/fieldOfActionId=/);
    const fieldOfActionId = new URL(page.url()).searchParams.get('fieldOfActionId')!;
    const filtered = (await (
      await page.request.get(`/api/v1/dashboard/summary?fieldOfActionId=${fieldOfActionId}`)
    ).json()) as DashboardSummary;
    await expect(page.getByTestId('kpi-total')).toContainText(String(filtered.measures.total));
    await expect(page.getByTestId('cockpit-meta')).toContainText('Handlungsfeld Mobilität');

    await page.reload();
    await expect(page.getByTestId('cockpit-filter-field-of-action').locator('option:checked')).toHaveText('M – Mobilität');
    await expect(page.getByTestId('kpi-total')).toContainText(String(filtered.measures.total));
    // The status segments now lead to the list with the same field of action. (Below the emissions chart the
    // status chart may start outside the screen: drawn means the app has taken it over, and its table opens.)
    await chart(page, 'status').getByTestId('chart-canvas').scrollIntoViewIfNeeded();
    await expect(chart(page, 'status').getByTestId('chart-canvas')).toHaveAttribute('data-drawn', 'true');
    await chart(page, 'status').getByTestId('chart-table-toggle').click();
    await expect(chart(page, 'status').locator('[data-category="IN_PROGRESS"]').getByTestId('chart-link')).toHaveAttribute(
      'href',
      `/massnahmen?status=IN_PROGRESS&fieldOfActionId=${fieldOfActionId}`,
    );

    await page.getByTestId('cockpit-org-unit-sort').selectOption({ label: 'nach Kennung' });
    await expect(page).toHaveURL(/orgUnitSort=code/);
    await page.getByTestId('cockpit-filter-reset').click();
    await expect(page).toHaveURL(/\/cockpit\?orgUnitSort=code$/);
  });

  test('the print view hides the navigation and prints the charts on A4 landscape', async ({ page }) => {
    await login(page, 'executive');
    await expect(chart(page, 'status').getByTestId('chart-canvas')).toBeVisible();
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.getByTestId('cockpit-print').click();
    // The button prints once every chart has drawn, those below the fold included.
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    for (const id of CHARTS) await expect(chart(page, id).getByTestId('chart-canvas'), id).toHaveAttribute('data-drawn', 'true');

    // Charts below the fold draw when they come into view — or when the browser announces printing.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const id of CHARTS) await expect(chart(page, id).getByTestId('chart-canvas'), id).toHaveAttribute('data-drawn', 'true');
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
    await expect(page.getByTestId('current-user')).toBeHidden();
    await expect(page.getByTestId('cockpit-print')).toBeHidden();
    await expect(page.getByTestId('cockpit-filters')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Klimaschutz-Cockpit' })).toBeVisible();
    for (const id of CHARTS) {
      const canvas = chart(page, id).getByTestId('chart-canvas');
      await expect(canvas).toBeVisible();
      const box = await canvas.boundingBox();
      expect(box?.width, `${id} printed width`).toBeGreaterThan(100);
      expect(box?.height, `${id} printed height`).toBeGreaterThan(50);
      await expect(chart(page, id).getByTestId('chart-finding')).toBeVisible();
    }

    // The page size comes from the cockpit's @page rule: A4 landscape (842 × 595 pt).
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const mediaBox = /MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect(mediaBox).not.toBeNull();
    expect(Math.round(Number(mediaBox![1]))).toBe(842);
    expect(Math.round(Number(mediaBox![2]))).toBe(595);
  });
});

test.describe('Geplante Aufgaben', () => {
  test('an administrator runs the snapshot job and sees the result and the history', async ({ page }) => {
    await login(page, 'admin');
    await page.getByTestId('nav-jobs').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Geplante Aufgaben' })).toBeVisible();
    const job = page.locator('[data-testid="job"][data-job="status-snapshot"]');
    await expect(job.getByTestId('job-schedule')).toContainText('täglich um 00:15 Uhr');
    await expect(job.getByTestId('job-next-run')).toContainText(/\d{2}\.\d{2}\.\d{4}, 00:15/);
    await expectAccessible(page, 'jobs page');

    const before = await job.getByTestId('job-history-row').count();
    await job.getByTestId('job-run').click();
    await expect(job.getByTestId('job-result')).toContainText(/Ausgeführt: Tagesstand (gespeichert|war bereits vorhanden)/);
    await expect(job.getByTestId('job-run')).toBeEnabled();
    await expect(job.getByTestId('job-history-row')).toHaveCount(before + 1);
    await expect(job.getByTestId('job-history-row').first()).toContainText('von Hand (Systemverwaltung IT)');
    await expect(job.getByTestId('job-last-run')).toContainText('erfolgreich');
    await expectAccessible(page, 'jobs page after a run');
  });

  test('the leadership may not open the scheduled jobs', async ({ page }) => {
    await login(page, 'executive');
    await expect(page.getByTestId('nav-jobs')).toHaveCount(0);
    await page.goto('/verwaltung/aufgaben');
    await expect(page.getByRole('heading', { level: 1, name: /Kein Zugriff/ })).toBeVisible();
  });
});
