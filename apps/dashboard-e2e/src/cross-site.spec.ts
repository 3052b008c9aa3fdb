import { expect, test, type Page, type Request, type Response } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { DEMO_PASSWORD, USERS, expectAccessible, login } from './support/helpers';

/**
 * Cross-site request forgery as the reviewers did it: a page of another app on the same host (here
 * another port of 127.0.0.1, i.e. the same site, so the SameSite=Strict cookie goes along) makes the
 * browser of a signed-in climate manager submit forms (form-encoded and text/plain) and fetch()
 * requests to the cockpit. Nothing changes; the same actions from the cockpit itself still work.
 */
const MARKER = `Fremde Seite ${Date.now()}`;
const PERIOD = `CSRF-Probe ${Date.now()}`;

test.describe('Schutz vor Cross-Site Request Forgery', () => {
  let foreign: Server;
  let foreignUrl = '';
  let app = '';
  let api: { token: string; measureId: string; periodId: string };

  const attackPages = (measureId: string, periodId: string): Record<string, string> => {
    const page = (body: string) =>
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gewinnspiel</title></head><body>${body}</body></html>`;
    const autoSubmit = (action: string, fields: string, enctype = 'application/x-www-form-urlencoded') =>
      page(
        `<form id="f" method="POST" action="${app}${action}" enctype="${enctype}">${fields}</form><script>document.getElementById('f').submit()</script>`,
      );
    const note = `/api/v1/measures/${measureId}/public-notes`;
    const close = `/api/v1/reporting-periods/${periodId}/close`;
    return {
      '/formular-notiz': autoSubmit(note, `<input name="date" value="2026-12-24"><input name="text" value="${MARKER} (Formular)">`),
      '/formular-schliessen': autoSubmit(close, ''),
      // text/plain forms write `name=value`: a name ending in `"pad":"` and the value `"}` make it JSON.
      '/text-notiz': autoSubmit(note, `<input name='{"date":"2026-12-24","text":"${MARKER} (Text)","pad":"' value='"}'>`, 'text/plain'),
      '/text-schliessen': autoSubmit(close, `<input name='{"x":"' value='"}'>`, 'text/plain'),
      '/fetch': page(
        `<script>Promise.allSettled([
          fetch(${JSON.stringify(app + close)}, { method: 'POST', mode: 'no-cors', credentials: 'include' }),
          fetch(${JSON.stringify(app + note)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' },
            body: JSON.stringify({ date: '2026-12-24', text: ${JSON.stringify(`${MARKER} (fetch)`)} }) }),
        ]).then(() => { document.title = 'fertig'; });</script>`,
      ),
    };
  };

  test.beforeAll(async ({ playwright }, testInfo) => {
    app = String(testInfo.project.use.baseURL);
    const client = await playwright.request.newContext({ baseURL: app });
    const token = (
      (await (await client.post('/api/v1/auth/login', { data: { email: USERS.climateManager, password: DEMO_PASSWORD } })).json()) as {
        accessToken: string;
      }
    ).accessToken;
    const headers = { Authorization: `Bearer ${token}` };
    const measureId = (
      (await (await client.get('/api/v1/measures?pageSize=1&sort=code', { headers })).json()) as { items: { id: string }[] }
    ).items[0].id;
    const period = await client.post('/api/v1/reporting-periods', {
      headers,
      data: { name: PERIOD, startDate: '2031-01-01', endDate: '2031-12-31', dueDate: '2032-01-31' },
    });
    expect(period.status()).toBe(201);
    api = { token, measureId, periodId: ((await period.json()) as { id: string }).id };
    await client.dispose();

    const pages = attackPages(api.measureId, api.periodId);
    foreign = createServer((request, response) => {
      const html = pages[request.url ?? ''];
      response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? '');
    });
    await new Promise<void>((done) => foreign.listen(0, '127.0.0.1', done));
    foreignUrl = `http://127.0.0.1:${(foreign.address() as { port: number }).port}`;
    expect(foreignUrl).not.toBe(app);
  });

  test.afterAll(async () => {
    await new Promise((done) => foreign?.close(done));
  });

  /** What the cockpit holds now, read with the climate manager's token. */
  const state = async (page: Page) => {
    const headers = { Authorization: `Bearer ${api.token}` };
    const period = (await (await page.request.get(`/api/v1/reporting-periods/${api.periodId}`, { headers })).json()) as { closed: boolean };
    const notes = (await (await page.request.get(`/api/v1/measures/${api.measureId}/public-notes`, { headers })).json()) as {
      text: string;
    }[];
    return { closed: period.closed, foreignNotes: notes.filter((n) => n.text.startsWith(MARKER)).length };
  };

  /** The request reached the cockpit with the session cookie, and the cockpit refused it. */
  const expectRefusedWithCookie = async (response: Response) => {
    expect((await response.request().allHeaders())['cookie'], `${response.url()} carried the session`).toMatch(/ksc_session=/);
    expect({ url: response.url(), status: response.status() }).toEqual({ url: response.url(), status: 403 });
  };

  test('a page on another port cannot make a signed-in browser close a period or publish a note', async ({ page }) => {
    await login(page, 'climateManager');
    expect(await state(page)).toEqual({ closed: false, foreignNotes: 0 });

    for (const path of ['/formular-notiz', '/formular-schliessen', '/text-notiz', '/text-schliessen']) {
      const answer = page.waitForResponse((r) => r.url().startsWith(`${app}/api/`) && r.request().method() === 'POST');
      await page.goto(`${foreignUrl}${path}`);
      const response = await answer;
      await expectRefusedWithCookie(response);
      expect(await response.text()).toContain('nicht von einer Seite des Klimaschutz-Cockpits');
    }

    // fetch() from the other page: the browser sends both requests (with the cookie, like the forms above); their
    // answers are withheld from that page (Cross-Origin-Resource-Policy), so what counts is that nothing changed.
    const sent: Request[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(`${app}/api/`) && r.method() === 'POST') sent.push(r);
    });
    await page.goto(`${foreignUrl}/fetch`);
    await expect(page).toHaveTitle('fertig');
    expect(sent.map((r) => new URL(r.url()).pathname).sort()).toEqual([
      `/api/v1/measures/${api.measureId}/public-notes`,
      `/api/v1/reporting-periods/${api.periodId}/close`,
    ]);

    expect(await state(page)).toEqual({ closed: false, foreignNotes: 0 });
  });

  test('the same actions from the cockpit itself still work', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Permissions-Policy|403/.test(message.text())) problems.push(message.text());
    });
    await login(page, 'climateManager');

    await page.goto(`/massnahmen/${api.measureId}`);
    await page.getByTestId('public-note-text').fill(`${MARKER} (aus dem Cockpit)`);
    await page.getByTestId('public-note-add').click();
    await expect(page.getByTestId('public-notes-item').filter({ hasText: `${MARKER} (aus dem Cockpit)` })).toBeVisible();

    await page.getByTestId('nav-periods').click();
    const row = page.locator(`[data-testid="period-row"][data-period-name="${PERIOD}"]`);
    await row.getByTestId('period-close').click();
    await page.getByTestId('confirm-ok').click();
    await expect(row.getByTestId('period-state')).toContainText('abgeschlossen');
    await expectAccessible(page, 'reporting periods after closing from the cockpit');

    expect(await state(page)).toEqual({ closed: true, foreignNotes: 1 });
    // Neither the Permissions-Policy nor a refused request shows up in the console.
    expect(problems).toEqual([]);
  });
});
