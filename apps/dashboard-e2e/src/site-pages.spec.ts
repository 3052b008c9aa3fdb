import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, login } from './support/helpers';

/** Every public page a citizen can open (each has the public footer). */
const PUBLIC_PAGES = [
  '/oeffentlich',
  '/oeffentlich/massnahmen',
  '/oeffentlich/barrierefreiheit',
  '/oeffentlich/barriere-melden',
  '/oeffentlich/impressum',
  '/oeffentlich/datenschutz',
  '/oeffentlich/leichte-sprache',
  '/oeffentlich/gebaerdensprache',
];

/** The parts the EU model statement (Implementing Decision (EU) 2018/1523) asks for, as the page's h2. */
const STATEMENT_PARTS = [
  'Geltungsbereich',
  'Stand der Vereinbarkeit mit den Anforderungen',
  'Nicht barrierefreie Inhalte',
  'Erstellung dieser Erklärung',
  'Feedback und Kontaktangaben',
  'Schlichtungsverfahren',
];

/** Presses Tab until the element with `testId` has the focus (as a keyboard user would), at most `max` times. */
async function tabTo(page: Page, testId: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
  }
  throw new Error(`${testId} was not reached with Tab`);
}

/** The text under an h2 of the statement, up to the next h2. */
const sectionText = (page: Page, heading: string) =>
  page.getByTestId('site-page-body').evaluate((body, name) => {
    const parts: string[] = [];
    let node = [...body.querySelectorAll('h2')].find((h) => h.textContent?.trim() === name)?.nextElementSibling;
    while (node && node.tagName !== 'H2') {
      parts.push(node.textContent ?? '');
      node = node.nextElementSibling;
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  }, heading);

test.describe('Leichte Sprache, Gebärdensprache and the accessibility statement (BITV 2.0 §§ 4, 7)', () => {
  test('both pages are linked from the footer of every public page, reached by keyboard and axe-clean', async ({ page }) => {
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('link', { name: 'Leichte Sprache' }), path).toHaveAttribute('href', '/oeffentlich/leichte-sprache');
      await expect(footer.getByRole('link', { name: 'Gebärdensprache' }), path).toHaveAttribute('href', '/oeffentlich/gebaerdensprache');
    }

    await page.goto('/oeffentlich');
    await tabTo(page, 'footer-easy-language');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/oeffentlich\/leichte-sprache$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Leichte Sprache' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Was bedeuten die Farben?' })).toBeVisible();
    await expect(
      page.getByTestId('site-page-body').getByRole('listitem').filter({ hasText: 'Grün heißt: Alles läuft nach Plan.' }),
    ).toBeVisible();
    await expect(page.getByTestId('site-page-body').getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
    await expectAccessible(page, 'Leichte Sprache');

    await tabTo(page, 'footer-sign-language');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/oeffentlich\/gebaerdensprache$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Informationen in Deutscher Gebärdensprache' })).toBeVisible();
    await expectAccessible(page, 'Gebärdensprache');
  });

  test('the accessibility statement has every part of the EU model, with working contact and arbitration links', async ({ page }) => {
    await page.goto('/oeffentlich/barrierefreiheit');
    await expect(page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeVisible();
    const body = page.getByTestId('site-page-body');
    await expect(body.getByRole('heading', { level: 2 })).toHaveText(STATEMENT_PARTS);
    // Scope: the staff app too.
    expect(await sectionText(page, 'Geltungsbereich')).toMatch(/öffentlichen Seiten.*Anwendung der Mitarbeitenden/);
    // Compliance status, one of fully / partially / not.
    expect(await sectionText(page, 'Stand der Vereinbarkeit mit den Anforderungen')).toMatch(
      /(vollständig|teilweise|nicht) mit den Anforderungen der BITV 2\.0 vereinbar/,
    );
    // Non-accessible content, each with its reason.
    const open = body.locator('h2:text-is("Nicht barrierefreie Inhalte") ~ ul').first().getByRole('listitem');
    expect(await open.count()).toBeGreaterThanOrEqual(3);
    for (const item of (await open.allTextContents()).slice(0, -1)) expect(item).toMatch(/Grund:/);
    // Preparation, last review and method.
    const made = await sectionText(page, 'Erstellung dieser Erklärung');
    expect(made).toMatch(/erstellt/);
    expect(made).toMatch(/zuletzt am .* überprüft/);
    expect(made).toMatch(/Methode: Selbstbewertung/);
    // Feedback: the form, e-mail and phone.
    expect(await sectionText(page, 'Feedback und Kontaktangaben')).toContain('Barriere melden');
    await expect(body.locator('a[href^="mailto:"]').first()).toBeVisible();
    await expect(body.locator('a[href^="tel:"]').first()).toBeVisible();
    await expect(page.getByTestId('site-page-report-barrier')).toHaveAttribute('href', '/oeffentlich/barriere-melden');
    // Enforcement: the competent arbitration body, linked.
    expect(await sectionText(page, 'Schlichtungsverfahren')).toMatch(/Schlichtungsstelle/);
    await expect(body.getByRole('link', { name: 'Schlichtungsstelle nach § 16 BGG' })).toHaveAttribute(
      'href',
      'https://www.schlichtungsstelle-bgg.de',
    );
    await expectAccessible(page, 'accessibility statement');
  });

  test('an editor adds safe links to a page text; markup and script links stay harmless text', async ({ page }) => {
    await login(page, 'communication');
    await page.goto('/verwaltung/seitentexte');
    await page.getByTestId('site-page-tab-datenschutz').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Datenschutzerklärung' })).toBeVisible();
    const body = page.getByTestId('site-page-body-input');
    await body.fill('Kontakt: [datenschutz@musterstadt.de](mailto:datenschutz@musterstadt.de)\n\nFalle: [klick](javascript:alert(1))');
    await page.getByTestId('site-page-save').click();
    await expect(page.getByText(/Der Link „klick“ führt zu „javascript:alert\(1“/).first()).toBeVisible();

    const marker = Date.now().toString(36);
    await body.fill(
      `## Kontakt ${marker}\n\nSchreiben Sie an [datenschutz@musterstadt.de](mailto:datenschutz@musterstadt.de).\n\n<img src=x onerror="document.title='pwned'"> <script>document.title='pwned'</script>`,
    );
    await page.getByTestId('site-page-save').click();
    await expect(page.getByTestId('admin-notice')).toContainText('gespeichert');

    await page.goto('/oeffentlich/datenschutz');
    const shown = page.getByTestId('site-page-body');
    await expect(shown.getByRole('heading', { level: 2, name: `Kontakt ${marker}` })).toBeVisible();
    await expect(shown.getByRole('link', { name: 'datenschutz@musterstadt.de' })).toHaveAttribute(
      'href',
      'mailto:datenschutz@musterstadt.de',
    );
    await expect(shown.locator('p').last()).toHaveText(
      `<img src=x onerror="document.title='pwned'"> <script>document.title='pwned'</script>`,
    );
    await expect(shown.locator('img, script')).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
  });

  test('a sign-language video uploaded with captions plays on the page with its captions track', async ({ page }) => {
    await login(page, 'communication');
    await page.goto('/verwaltung/seitentexte');
    await page.getByTestId('site-page-tab-gebaerdensprache').click();
    await expect(page.getByTestId('site-videos')).toBeVisible();
    await expectAccessible(page, 'site page admin with videos');

    // A real WebM, recorded in the browser from a canvas.
    const webm = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 160;
      canvas.height = 120;
      const ctx = canvas.getContext('2d')!;
      let frame = 0;
      const draw = () => {
        ctx.fillStyle = frame++ % 2 ? '#003366' : '#ffcc00';
        ctx.fillRect(0, 0, 160, 120);
      };
      draw();
      const timer = setInterval(draw, 100);
      const recorder = new MediaRecorder(canvas.captureStream(10), { mimeType: 'video/webm' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => chunks.push(e.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      recorder.stop();
      await stopped;
      clearInterval(timer);
      return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
    });
    const title = `Die Seite in Gebärdensprache ${Date.now().toString(36)}`;
    await page.getByTestId('site-video-title').fill(title);
    await page.getByTestId('site-video-file').setInputFiles({ name: 'dgs.webm', mimeType: 'video/webm', buffer: Buffer.from(webm) });
    await page.getByTestId('site-video-captions').setInputFiles({
      name: 'dgs.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from(
        'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nWillkommen beim Klimaschutz der Stadt.\n\n00:00:01.000 --> 00:00:02.000\nSo melden Sie eine Barriere.\n',
      ),
    });
    await page.getByTestId('site-video-upload').click();
    await expect(page.getByTestId('site-video-row').filter({ hasText: title })).toContainText('mit Untertiteln');

    await page.goto('/oeffentlich/gebaerdensprache');
    const figure = page.getByTestId('site-page-video').filter({ hasText: title });
    await expect(figure).toBeVisible();
    const video = figure.locator('video');
    await expect(video).toHaveAttribute('controls', '');
    await expect(video.locator('track')).toHaveAttribute('kind', 'captions');
    await expect(video.locator('track')).toHaveAttribute('srclang', 'de');
    // The captions load and the video plays.
    const cues = await video.evaluate(async (element: HTMLVideoElement) => {
      const track = element.textTracks[0];
      track.mode = 'showing';
      for (let i = 0; i < 100 && !(track.cues && track.cues.length); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      element.muted = true;
      await element.play();
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { cues: [...(track.cues ?? [])].map((cue) => (cue as VTTCue).text), played: element.currentTime > 0 };
    });
    expect(cues).toEqual({ cues: ['Willkommen beim Klimaschutz der Stadt.', 'So melden Sie eine Barriere.'], played: true });
    // The player is reached with the keyboard.
    await page.keyboard.press('Tab');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      reached = await video.evaluate((element) => document.activeElement === element);
      if (!reached) await page.keyboard.press('Tab');
    }
    expect(reached).toBe(true);
    await expectAccessible(page, 'Gebärdensprache with a video');
  });
});
