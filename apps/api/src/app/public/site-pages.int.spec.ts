import { SITE_PAGES, SITE_VIDEO_LIMITS, parsePageText, type SitePage } from '@klimaschutz/contracts';
import { bearer, createTestApp, type TestApp } from '../../testing/test-app';
import { binary } from '../../testing/pdf';
import { CAPTIONS_VTT, WEBM_LIKE } from '../../testing/videos';

/** The headings of a page text, in order. */
const headings = (body: string) =>
  parsePageText(body).flatMap((b) => (b.kind === 'heading' ? [b.inlines.map((i) => i.text).join('')] : []));
/** The text of the section under `heading`, up to the next heading, with its links. */
function section(body: string, heading: string): { text: string; links: string[] } {
  const blocks = parsePageText(body);
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.inlines.map((i) => i.text).join('') === heading);
  if (start < 0) throw new Error(`no section „${heading}“`);
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  const inlines = blocks.slice(start + 1, end < 0 ? undefined : end).flatMap((b) => (b.kind === 'list' ? b.items.flat() : b.inlines));
  return { text: inlines.map((i) => i.text).join(' '), links: inlines.flatMap((i) => (i.href ? [i.href] : [])) };
}

/** The parts the EU model statement (Implementing Decision (EU) 2018/1523) and BITV 2.0 § 7 require. */
export const STATEMENT_PARTS = [
  'Geltungsbereich',
  'Stand der Vereinbarkeit mit den Anforderungen',
  'Nicht barrierefreie Inhalte',
  'Erstellung dieser Erklärung',
  'Feedback und Kontaktangaben',
  'Schlichtungsverfahren',
];

describe('site pages: accessibility statement, Leichte Sprache, Gebärdensprache', () => {
  let t: TestApp;
  const pub = (path: string) => t.http().get(`/api/v1/public${path}`);
  const page = async (key: string) => (await pub(`/pages/${key}`)).body as SitePage;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('offers a complete accessibility statement after the EU model, pre-filled as „teilweise vereinbar“ with the known open points', async () => {
    const { body } = await page('barrierefreiheit');
    expect(headings(body)).toEqual(STATEMENT_PARTS);
    expect(section(body, 'Geltungsbereich').text).toMatch(/öffentlichen Seiten.*Anwendung der Mitarbeitenden/);
    expect(section(body, 'Stand der Vereinbarkeit mit den Anforderungen').text).toContain(
      'teilweise mit den Anforderungen der BITV 2.0 vereinbar',
    );
    const open = parsePageText(body).find((b) => b.kind === 'list')!;
    expect(open.kind === 'list' && open.items.length).toBeGreaterThanOrEqual(3);
    expect(section(body, 'Nicht barrierefreie Inhalte').text).toMatch(/Diagramme.*Grund:/);
    // What is still open, and only that: the Leichte Sprache text awaits its test group, no videos ship yet;
    // what issue #22 fixed (focus, reflow, text spacing, skip link, chart contrast in the PDF) is not listed.
    const openPoints = section(body, 'Nicht barrierefreie Inhalte').text;
    expect(openPoints).toMatch(/„Leichte Sprache“ wurde noch nicht von einer Prüfgruppe .* geprüft\. Grund:/);
    expect(openPoints).toMatch(/„Gebärdensprache“ stehen noch keine Videos\. Grund:/);
    expect(openPoints).not.toMatch(/Fokus|Umbruch|Textabst|Sprunglink|Kontrast|Open-Data/);
    const made = section(body, 'Erstellung dieser Erklärung').text;
    expect(made).toMatch(/erstellt/);
    expect(made).toMatch(/zuletzt am .* überprüft/);
    expect(made).toMatch(/Methode: Selbstbewertung.*BITV-Test/);
    const contact = section(body, 'Feedback und Kontaktangaben');
    expect(contact.text).toContain('Barriere melden');
    expect(contact.links.some((l) => l.startsWith('mailto:'))).toBe(true);
    expect(contact.links.some((l) => l.startsWith('tel:'))).toBe(true);
    const enforcement = section(body, 'Schlichtungsverfahren');
    expect(enforcement.text).toMatch(/Schlichtungsstelle Ihres Landes/);
    expect(enforcement.links).toContain('https://www.schlichtungsstelle-bgg.de');
  });

  it('lets the city fill in each part of the statement, with links, and shows it to everyone at once', async () => {
    const { body, version } = await page('barrierefreiheit');
    const filled = body
      .replace(
        'Diese Erklärung wurde am [TT.MM.JJJJ] erstellt. Sie wurde zuletzt am [TT.MM.JJJJ] überprüft.',
        'Diese Erklärung wurde am 01.09.2026 erstellt. Sie wurde zuletzt am 01.12.2026 überprüft.',
      )
      .replace(
        '[barrierefreiheit@stadt.example](mailto:barrierefreiheit@stadt.example)',
        '[barrierefrei@musterstadt.de](mailto:barrierefrei@musterstadt.de)',
      )
      .replace('[0000 000000](tel:+490000000000)', '[0251 492-0](tel:+492514920)')
      .replace(/Zuständig ist: \[[^\]]*\]\./, 'Zuständig ist: [Schlichtungsstelle NRW](https://www.schlichtungsstelle-nrw.de).')
      .replace('Die Inhalte sind teilweise mit', 'Die Inhalte sind vollständig mit')
      .replace(
        '- [Weitere bekannte Mängel aus der letzten Prüfung mit Begründung eintragen oder diesen Punkt löschen.]',
        '- Die Karte der Radwege hat keine Textalternative. Grund: unverhältnismäßige Belastung.',
      );
    const saved = await t
      .http()
      .put('/api/v1/site-pages/barrierefreiheit')
      .set(bearer(t.tokens.communication))
      .send({ title: 'Erklärung zur Barrierefreiheit', body: filled, version });
    expect(saved.status).toBe(200);
    const shown = await page('barrierefreiheit');
    expect(shown.version).toBe(version + 1);
    expect(section(shown.body, 'Erstellung dieser Erklärung').text).toContain(
      'am 01.09.2026 erstellt. Sie wurde zuletzt am 01.12.2026 überprüft.',
    );
    expect(section(shown.body, 'Feedback und Kontaktangaben').links).toEqual(
      expect.arrayContaining(['mailto:barrierefrei@musterstadt.de', 'tel:+492514920']),
    );
    expect(section(shown.body, 'Schlichtungsverfahren').links).toEqual([
      'https://www.schlichtungsstelle-nrw.de',
      'https://www.schlichtungsstelle-bgg.de',
    ]);
    expect(section(shown.body, 'Stand der Vereinbarkeit mit den Anforderungen').text).toContain('vollständig');
    expect(section(shown.body, 'Nicht barrierefreie Inhalte').text).toContain('Die Karte der Radwege hat keine Textalternative.');
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JAVASCRIPT:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox',
    '//evil.example/x',
    'ftp://files.example/x',
  ])('refuses a page text with a link to %s (400 naming the link, nothing stored)', async (href) => {
    const before = await page('impressum');
    const r = await t
      .http()
      .put('/api/v1/site-pages/impressum')
      .set(bearer(t.tokens.admin))
      .send({ title: 'Impressum', body: `Kontakt: [hier klicken](${href})`, version: before.version });
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.detail).toBe('Die Eingabe ist ungültig: body');
    expect(r.body.errors).toEqual([
      { field: 'body', message: expect.stringContaining(`Der Link „hier klicken“ führt zu „${href.slice(0, 10)}`) },
    ]);
    expect(r.body.errors[0].message).toContain('Links dürfen nur zu Adressen mit https://, http://, mailto: oder tel: führen.');
    expect(await page('impressum')).toEqual(before);
  });

  it('keeps markup in a page text as text: the public answer carries it verbatim, never as a link', async () => {
    const before = await page('datenschutz');
    const body = 'Test <script>alert(1)</script> und <a href="javascript:alert(1)">Link</a> und <img src=x onerror=alert(1)>';
    const r = await t
      .http()
      .put('/api/v1/site-pages/datenschutz')
      .set(bearer(t.tokens.admin))
      .send({ title: 'Datenschutz <b>', body, version: before.version });
    expect(r.status).toBe(200);
    const shown = await page('datenschutz');
    expect(shown.body).toBe(body);
    expect(parsePageText(shown.body)).toEqual([{ kind: 'paragraph', inlines: [{ text: body }] }]);
  });

  it('serves Leichte Sprache and Gebärdensprache as editable pages with a first text', async () => {
    expect(SITE_PAGES).toEqual(expect.arrayContaining(['leichte-sprache', 'gebaerdensprache']));
    const easy = await page('leichte-sprache');
    expect(easy).toMatchObject({ key: 'leichte-sprache', title: 'Leichte Sprache', version: 0, videos: [] });
    expect(headings(easy.body)).toEqual([
      'Was ist auf dieser Seite?',
      'Was bedeuten die Farben?',
      'Sie haben ein Problem mit dieser Seite?',
      'Ist diese Seite barrierefrei?',
    ]);
    expect(section(easy.body, 'Sie haben ein Problem mit dieser Seite?').links.some((l) => l.startsWith('mailto:'))).toBe(true);
    const sign = await page('gebaerdensprache');
    expect(sign).toMatchObject({ key: 'gebaerdensprache', title: 'Informationen in Deutscher Gebärdensprache', videos: [] });
    const saved = await t
      .http()
      .put('/api/v1/site-pages/leichte-sprache')
      .set(bearer(t.tokens.admin))
      .send({ title: 'Leichte Sprache', body: 'Neu in Leichter Sprache.', version: 0 });
    expect(saved.status).toBe(200);
    expect(await page('leichte-sprache')).toMatchObject({ body: 'Neu in Leichter Sprache.', version: 1 });
  });

  describe('sign-language videos', () => {
    const upload = (token: string | null, key = 'gebaerdensprache') => {
      const request = t.http().post(`/api/v1/site-pages/${key}/videos`);
      return token ? request.set(bearer(token)) : request;
    };

    it('are uploaded with captions by the page editors and shown on the page; video and captions are served to everyone', async () => {
      const r = await upload(t.tokens.communication)
        .field('title', 'Die Seite in Gebärdensprache')
        .attach('video', WEBM_LIKE, { filename: 'erklaerung.webm', contentType: 'video/webm' })
        .attach('captions', Buffer.from(CAPTIONS_VTT), { filename: 'erklaerung.vtt', contentType: 'text/vtt' });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({
        title: 'Die Seite in Gebärdensprache',
        contentType: 'video/webm',
        sizeBytes: WEBM_LIKE.length,
        captionsUrl: `public/site-videos/${r.body.id}/captions.vtt`,
      });
      expect((await page('gebaerdensprache')).videos).toEqual([r.body]);
      const video = await t
        .http()
        .get(`/api/v1/${r.body.videoUrl}`)
        .buffer(true)
        .parse(binary as never);
      expect(video.status).toBe(200);
      expect(video.headers['content-type']).toBe('video/webm');
      expect(video.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(video.body as Buffer, WEBM_LIKE)).toBe(0);
      const captions = await t.http().get(`/api/v1/${r.body.captionsUrl}`);
      expect(captions.status).toBe(200);
      expect(captions.headers['content-type']).toBe('text/vtt; charset=utf-8');
      expect(captions.text).toBe(CAPTIONS_VTT);

      expect(
        (await t.http().delete(`/api/v1/site-pages/gebaerdensprache/videos/${r.body.id}`).set(bearer(t.tokens.department))).status,
      ).toBe(403);
      expect((await t.http().delete(`/api/v1/site-pages/gebaerdensprache/videos/${r.body.id}`).set(bearer(t.tokens.admin))).status).toBe(
        204,
      );
      expect((await page('gebaerdensprache')).videos).toEqual([]);
      expect((await t.http().get(`/api/v1/${r.body.videoUrl}`)).status).toBe(404);
    });

    it('are served in byte ranges (206 Partial Content), as Safari and iOS need to play and seek them; a range outside the file gets 416', async () => {
      // Every byte differs from its neighbours, so a range shifted by one would show.
      const file = Buffer.concat([WEBM_LIKE.subarray(0, 9), Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251))]);
      const r = await upload(t.tokens.admin)
        .field('title', 'Zum Springen')
        .attach('video', file, { filename: 'springen.webm', contentType: 'video/webm' });
      expect(r.status).toBe(201);
      const get = (range?: string, ifRange?: string) => {
        const request = t
          .http()
          .get(`/api/v1/${r.body.videoUrl}`)
          .buffer(true)
          .parse(binary as never);
        if (range) request.set('Range', range);
        if (ifRange) request.set('If-Range', ifRange);
        return request;
      };

      const whole = await get();
      expect(whole.status).toBe(200);
      expect(whole.headers['accept-ranges']).toBe('bytes');
      expect(whole.headers['content-length']).toBe(String(file.length));
      expect(Buffer.compare(whole.body as Buffer, file)).toBe(0);

      for (const [range, start, end] of [
        ['bytes=0-1', 0, 1], // what Safari asks first
        ['bytes=100-1099', 100, 1099],
        ['bytes=2500-', 2500, file.length - 1],
        ['bytes=-300', file.length - 300, file.length - 1],
        ['bytes=3000-999999', 3000, file.length - 1],
      ] as const) {
        const part = await get(range);
        expect(part.status).toBe(206);
        expect(part.headers['content-range']).toBe(`bytes ${start}-${end}/${file.length}`);
        expect(part.headers['content-type']).toBe('video/webm');
        expect(part.headers['content-length']).toBe(String(end - start + 1));
        expect(Buffer.compare(part.body as Buffer, file.subarray(start, end + 1))).toBe(0);
      }

      // If-Range with this version's ETag keeps the range; with another one the whole (new) file comes.
      expect((await get('bytes=10-19', whole.headers['etag'])).status).toBe(206);
      const stale = await get('bytes=10-19', '"eine-alte-fassung"');
      expect(stale.status).toBe(200);
      expect(Buffer.compare(stale.body as Buffer, file)).toBe(0);

      for (const range of ['bytes=5000-', 'bytes=20-10', 'bytes=abc']) {
        const refused = await t.http().get(`/api/v1/${r.body.videoUrl}`).set('Range', range);
        expect(refused.status).toBe(416);
        expect(refused.headers['content-range']).toBe(`bytes */${file.length}`);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.body.detail).toContain(`liegt nicht in der Datei (${file.length} Bytes`);
      }
      await t.http().delete(`/api/v1/site-pages/gebaerdensprache/videos/${r.body.id}`).set(bearer(t.tokens.admin));
    });

    it('refuses what is not a video with captions, with a German detail, and stores nothing', async () => {
      const cases: [string, ReturnType<typeof upload>, RegExp][] = [
        ['no title', upload(t.tokens.admin).attach('video', WEBM_LIKE, 'a.webm'), /Titel/],
        ['no video', upload(t.tokens.admin).field('title', 'X'), /Video im Feld „video“/],
        [
          'an HTML file named .mp4',
          upload(t.tokens.admin)
            .field('title', 'X')
            .attach('video', Buffer.from('<html><script>alert(1)</script></html>'), { filename: 'a.mp4', contentType: 'video/mp4' }),
          /MP4- oder WebM/,
        ],
        [
          'captions that are not WebVTT',
          upload(t.tokens.admin)
            .field('title', 'X')
            .attach('video', WEBM_LIKE, 'a.webm')
            .attach('captions', Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nSRT\n'), 'a.srt'),
          /WebVTT/,
        ],
        [
          'a video on another page',
          upload(t.tokens.admin, 'impressum').field('title', 'X').attach('video', WEBM_LIKE, 'a.webm'),
          /nur auf der Seite „Gebärdensprache“/,
        ],
      ];
      for (const [what, request, detail] of cases) {
        const r = await request;
        expect({ what, status: r.status, detail: r.body.detail }).toEqual({ what, status: 400, detail: expect.stringMatching(detail) });
      }
      expect((await upload(t.tokens.admin, 'geheim').field('title', 'X').attach('video', WEBM_LIKE, 'a.webm')).status).toBe(404);
      expect((await page('gebaerdensprache')).videos).toEqual([]);
    });

    it('refuses a video over the size limit (50 MB) with 413', async () => {
      const big = Buffer.concat([WEBM_LIKE, Buffer.alloc(SITE_VIDEO_LIMITS.maxBytes)]);
      const r = await upload(t.tokens.admin).field('title', 'Zu groß').attach('video', big, 'gross.webm');
      expect(r.status).toBe(413);
      expect(r.body.detail).toBe('Die Datei ist zu groß (höchstens 50 MB).');
      expect((await page('gebaerdensprache')).videos).toEqual([]);
    });

    it('may be uploaded by admins and the communication unit only', async () => {
      for (const role of ['climateManager', 'department', 'executive'] as const) {
        expect((await upload(t.tokens[role]).field('title', 'X').attach('video', WEBM_LIKE, 'a.webm')).status).toBe(403);
      }
      expect((await upload(null).field('title', 'X').attach('video', WEBM_LIKE, 'a.webm')).status).toBe(401);
      expect((await page('gebaerdensprache')).videos).toEqual([]);
    });
  });
});
