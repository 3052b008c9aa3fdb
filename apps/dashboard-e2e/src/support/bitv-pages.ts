import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { login, type USERS } from './helpers';

/*
 * Every page of the app, per role, for the BITV checks that go beyond axe (focus indicator, reflow,
 * text spacing, skip link). Each check visits each page of this list once.
 *
 * A signed-in role gets the pages of its navigation and the detail, form and print pages it may open;
 * the climate manager, who may open every staff page, gets all of them. Detail pages take the first
 * record the role's own API answer lists, so the list stays right whatever the demo city holds.
 */

export type Role = keyof typeof USERS;

/** A page address; `:measure`, `:indicator`, … stand for the first record of that kind the role can read. */
export interface BitvPage {
  path: string;
  /** The German main heading, visible once the page has loaded its data (on an English page any non-empty one). */
  heading: RegExp;
}

/** Public pages and the sign-in: no session. */
export const PUBLIC_PAGES: readonly BitvPage[] = [
  { path: '/oeffentlich', heading: /Stand der Umsetzung/ },
  { path: '/oeffentlich/massnahmen', heading: /Klimaschutzmaßnahmen/ },
  { path: '/oeffentlich/massnahmen/:publicMeasure', heading: /./ },
  { path: '/oeffentlich/barrierefreiheit', heading: /Barrierefreiheit/ },
  { path: '/oeffentlich/barriere-melden', heading: /Barriere melden/ },
  { path: '/oeffentlich/impressum', heading: /Impressum/ },
  { path: '/oeffentlich/datenschutz', heading: /Datenschutz/ },
  { path: '/anmelden', heading: /Anmelden/ },
];

const READER_PAGES: readonly BitvPage[] = [
  { path: '/cockpit', heading: /Cockpit/ },
  { path: '/kennzahlen', heading: /Kennzahlen/ },
  { path: '/massnahmen', heading: /Maßnahmen/ },
  { path: '/massnahmen/:measure', heading: /./ },
  { path: '/thg-bilanz', heading: /THG-Bilanz/ },
  { path: '/schulungen', heading: /Schulungen/ },
  { path: '/beratungen', heading: /Beratung/ },
  { path: '/klimacheck', heading: /Klimacheck/ },
  { path: '/benachrichtigungen', heading: /Benachrichtigungen/ },
  { path: '/mein-konto', heading: /Mein Konto/ },
];

export const STAFF_PAGES: Readonly<Record<Exclude<Role, never>, readonly BitvPage[]>> = {
  climateManager: [
    ...READER_PAGES,
    { path: '/kennzahlen/neu', heading: /Kennzahl/ },
    { path: '/kennzahlen/:indicator', heading: /./ },
    { path: '/kennzahlen/:indicator/bearbeiten', heading: /Kennzahl/ },
    { path: '/massnahmen/neu', heading: /Maßnahme/ },
    { path: '/massnahmen/:measure/bearbeiten', heading: /bearbeiten/ },
    { path: '/massnahmen/:measure/sachstand/neu', heading: /Sachstand/ },
    { path: '/massnahmen/:reportedMeasure/sachstand/vergleich', heading: /vergleichen/ },
    { path: '/sachstandsmeldungen/:report', heading: /Sachstand/ },
    { path: '/meine-massnahmen', heading: /Meine Maßnahmen/ },
    { path: '/import', heading: /Import/ },
    { path: '/thg-bilanz/import', heading: /THG-Bilanz importieren/ },
    { path: '/thg-bilanz/ziele', heading: /Klimaziel/ },
    { path: '/thg-bilanz/jahr/neu', heading: /Bilanzjahr/ },
    { path: '/pruefung', heading: /Prüfung/ },
    { path: '/berichtszeitraeume', heading: /Berichtszeiträume/ },
    { path: '/berichtszeitraeume/:period', heading: /./ },
    { path: '/schulungen/neu', heading: /Schulung/ },
    { path: '/schulungen/statistik', heading: /Schulungsstatistik/ },
    { path: '/schulungen/:training', heading: /./ },
    { path: '/schulungen/:training/bearbeiten', heading: /Schulung/ },
    { path: '/beratungen/neu', heading: /Beratung/ },
    { path: '/beratungen/:consultation', heading: /./ },
    { path: '/klimacheck/neu', heading: /Klimacheck/ },
    { path: '/klimacheck/:climateCheck', heading: /./ },
    { path: '/klimacheck/:climateCheck/bearbeiten', heading: /Klimacheck/ },
    { path: '/klimacheck/:climateCheck/druck', heading: /Klimacheck/ },
  ],
  department: [
    { path: '/massnahmen', heading: /Maßnahmen/ },
    { path: '/thg-bilanz', heading: /THG-Bilanz/ },
    { path: '/meine-massnahmen', heading: /Meine Maßnahmen/ },
    { path: '/massnahmen/:measure', heading: /./ },
    { path: '/beratungen', heading: /Beratung/ },
    { path: '/klimacheck', heading: /Klimacheck/ },
  ],
  executive: [
    { path: '/cockpit', heading: /Cockpit/ },
    { path: '/thg-bilanz', heading: /THG-Bilanz/ },
    { path: '/berichtszeitraeume', heading: /Berichtszeiträume/ },
    { path: '/berichtszeitraeume/:period', heading: /./ },
    { path: '/schulungen/statistik', heading: /Schulungsstatistik/ },
  ],
  communication: [
    { path: '/massnahmen', heading: /Maßnahmen/ },
    { path: '/thg-bilanz', heading: /THG-Bilanz/ },
    { path: '/massnahmen/:measure', heading: /./ },
    { path: '/verwaltung/seitentexte', heading: /Seitentexte/ },
    { path: '/verwaltung/rueckmeldungen', heading: /Rückmeldungen/ },
  ],
  admin: [
    { path: '/massnahmen', heading: /Maßnahmen/ },
    { path: '/thg-bilanz', heading: /THG-Bilanz/ },
    { path: '/verwaltung/benutzer', heading: /Benutzer/ },
    { path: '/verwaltung/organisationseinheiten', heading: /Organisationseinheiten/ },
    { path: '/verwaltung/handlungsfelder', heading: /Handlungsfelder/ },
    { path: '/verwaltung/anmeldung', heading: /Anmeldung/ },
    { path: '/verwaltung/aufgaben', heading: /Aufgaben/ },
    { path: '/verwaltung/seitentexte', heading: /Seitentexte/ },
    { path: '/verwaltung/rueckmeldungen', heading: /Rückmeldungen/ },
  ],
};

export const ROLES = Object.keys(STAFF_PAGES) as Role[];

type Items = { id: string }[];
const itemsOf = (body: unknown): Items => (Array.isArray(body) ? body : ((body as { items?: Items }).items ?? [])) as Items;

async function firstId(
  request: APIRequestContext,
  url: string,
  pick: (items: Items) => { id: string } | undefined = (i) => i[0],
): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const item = pick(itemsOf(await response.json()));
  expect(item, `a record from ${url}`).toBeTruthy();
  return item!.id;
}

/** The placeholders of `path`, filled with records the signed-in (or anonymous) browser may read. */
async function resolvePath(request: APIRequestContext, path: string): Promise<string> {
  const ids: Record<string, () => Promise<string>> = {
    publicMeasure: () => firstId(request, '/api/v1/public/measures'),
    measure: () => firstId(request, '/api/v1/measures?pageSize=1'),
    reportedMeasure: async () => {
      const id = await firstId(request, '/api/v1/progress-reports?state=SUBMITTED').catch(() => '');
      if (!id) return firstId(request, '/api/v1/measures?pageSize=1');
      const report = (await (await request.get(`/api/v1/progress-reports/${id}`)).json()) as { measureId: string };
      return report.measureId;
    },
    report: async () => {
      const measures = itemsOf(await (await request.get('/api/v1/measures?pageSize=20')).json());
      for (const m of measures) {
        const reports = itemsOf(await (await request.get(`/api/v1/measures/${m.id}/progress-reports`)).json());
        if (reports.length) return reports[0].id;
      }
      throw new Error('no progress report in the demo city');
    },
    indicator: () => firstId(request, '/api/v1/indicators'),
    period: () => firstId(request, '/api/v1/reporting-periods'),
    training: () => firstId(request, '/api/v1/trainings'),
    consultation: () => firstId(request, '/api/v1/consultations'),
    climateCheck: () => firstId(request, '/api/v1/climate-checks'),
  };
  let resolved = path;
  for (const [, name] of path.matchAll(/:(\w+)/g)) resolved = resolved.replace(`:${name}`, await ids[name]());
  return resolved;
}

export interface PageVisit {
  /** The role, or "öffentlich" for the public pages and the sign-in. */
  who: Role | 'öffentlich';
  page: BitvPage;
}

export const ALL_VISITS: readonly PageVisit[] = [
  ...PUBLIC_PAGES.map((page) => ({ who: 'öffentlich' as const, page })),
  ...ROLES.flatMap((role) => STAFF_PAGES[role].map((page) => ({ who: role, page }))),
];

/**
 * Opens the page and waits until it is ready (see `expectPageReady`). `role` must be signed in
 * already (see `signInAs`). Returns the address it opened.
 */
export async function openPage(page: Page, target: BitvPage): Promise<string> {
  const path = await resolvePath(page.request, target.path);
  await page.goto(path);
  await expectPageReady(page, target);
  await page.evaluate(() => document.fonts.ready);
  return path;
}

/**
 * Ready in either interface language: a visible main heading with text, not the "no access" or "not
 * found" page, and no loading notice left. On a German page the heading must also be the page's own
 * (`target.heading`); an English page (`<html lang="en">`) has its English heading instead.
 */
export async function expectPageReady(page: Page, target: BitvPage): Promise<void> {
  const english = (await page.locator('html').getAttribute('lang')) === 'en';
  await expect(page.getByRole('heading', { level: 1, name: english ? /\S/ : target.heading }).first()).toBeVisible();
  await expect(page.getByTestId('forbidden-title').or(page.getByTestId('not-found-title'))).toHaveCount(0);
  await expect(page.locator('.loading, [data-testid$="loading"]')).toHaveCount(0);
}

/** Signs in as `who` (nothing for the public pages), so that the visits of one role share one session. */
export async function signInAs(page: Page, who: PageVisit['who']): Promise<void> {
  if (who !== 'öffentlich') await login(page, who);
}

/**
 * `BITV_PAGES=/cockpit,/massnahmen/neu` narrows every check to these addresses (as this list writes
 * them) — to show a check failing on older code without visiting every page (docs/bitv-proof.md).
 */
const ONLY_PAGES = (process.env['BITV_PAGES'] ?? '')
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);

/** The visits grouped by who makes them, in list order. */
export function visitsByWho(): [PageVisit['who'], BitvPage[]][] {
  const groups = new Map<PageVisit['who'], BitvPage[]>();
  for (const visit of ALL_VISITS) {
    if (ONLY_PAGES.length && !ONLY_PAGES.includes(visit.page.path)) continue;
    groups.set(visit.who, [...(groups.get(visit.who) ?? []), visit.page]);
  }
  return [...groups];
}

/**
 * Text the page cuts off: an element that holds text itself and hides what does not fit
 * (overflow hidden/clip, or an ellipsis) while its content is wider or taller than its box; and a
 * box drawn with a border or background whose content runs out of it. Scroll containers do not
 * count (their content can be reached), nor visually hidden text (a 1 px box on purpose).
 */
export async function findClippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const nameOf = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${[...el.classList]
        .slice(0, 3)
        .map((c) => '.' + c)
        .join('')} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const hides = (v: string) => v === 'hidden' || v === 'clip';
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (
        style.display === 'none' ||
        style.visibility === 'hidden' ||
        el.closest('[aria-hidden="true"], .cdk-visually-hidden, .visually-hidden, svg, canvas')
      )
        continue;
      if (el.clientWidth <= 2 || el.clientHeight <= 2) continue;
      if (!(el.textContent ?? '').trim()) continue;
      const over = { x: el.scrollWidth - el.clientWidth > 1, y: el.scrollHeight - el.clientHeight > 1 };
      if (!over.x && !over.y) continue;
      const clips = (over.x && hides(style.overflowX)) || (over.y && hides(style.overflowY));
      if (clips && (ownText(el) || el.querySelector(':scope > span, :scope > label'))) {
        found.push(`cut off: ${nameOf(el)}`);
        continue;
      }
      // A visible box (tile, badge, chip) whose text spills over its edge.
      const boxed =
        (style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) ||
        (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent');
      if (boxed && style.overflowX === 'visible' && style.overflowY === 'visible' && ownText(el)) {
        const box = el.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        if (text.right > box.right + 1 || text.bottom > box.bottom + 1 || text.left < box.left - 1)
          found.push(`runs out of its box: ${nameOf(el)}`);
      }
    }
    return found;
  });
}

/**
 * Native selects that cut off their chosen value. A `<select>` shows its value on one line and never
 * wraps it, so `findClippedText` cannot see it overflow: here each visible select is laid out once
 * more on its own, sized to its value (`field-sizing: content`, taken out of the flow), with its own
 * font, spacing, padding and arrow; if that box is wider or taller than the one the page gives it,
 * the reader sees only part of the value.
 */
export async function findClippedSelects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (!CSS.supports('field-sizing', 'content')) throw new Error('this browser cannot size a select to its value (field-sizing)');
    const found: string[] = [];
    for (const select of document.querySelectorAll<HTMLSelectElement>('select:not([multiple])')) {
      if (select.size > 1 || !select.checkVisibility({ visibilityProperty: true }) || select.closest('[aria-hidden="true"]')) continue;
      const value = select.selectedOptions[0]?.textContent?.trim().replace(/\s+/g, ' ');
      if (!value) continue;
      const shown = { width: select.clientWidth, height: select.clientHeight };
      const style = select.getAttribute('style');
      select.style.cssText +=
        ';position: absolute !important; field-sizing: content !important; width: auto !important; min-width: 0 !important; max-width: none !important; height: auto !important; min-height: 0 !important; max-height: none !important';
      const needed = { width: select.clientWidth, height: select.clientHeight };
      if (style === null) select.removeAttribute('style');
      else select.setAttribute('style', style);
      if (needed.width > shown.width + 1 || needed.height > shown.height + 1) {
        found.push(
          `select cuts off its value: select${select.id ? '#' + select.id : ''} "${value}" (needs ${needed.width} × ${needed.height} px, has ${shown.width} × ${shown.height})`,
        );
      }
    }
    return found;
  });
}

/**
 * Text that runs out of the box drawn around it: each piece of text is compared with the nearest
 * element around it that draws a box (a border or a background: a tile, card, badge, chip, button),
 * so that a label in a `<span>` inside a tile counts as well as the tile's own text. Text inside a
 * scroll or clipping container before such a box is `findClippedText`'s business, not this one's;
 * text in a positioned element (a floating label) is judged only against its own box.
 */
export async function findTextOutsideItsBox(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const styles = new Map<Element, CSSStyleDeclaration>();
    const styleOf = (el: Element) => styles.get(el) ?? styles.set(el, getComputedStyle(el)).get(el)!;
    const boxed = (s: CSSStyleDeclaration) =>
      (s.borderTopStyle !== 'none' &&
        parseFloat(s.borderTopWidth) > 0 &&
        s.borderBottomStyle !== 'none' &&
        parseFloat(s.borderBottomWidth) > 0) ||
      (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent');
    const nameOf = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${[...el.classList]
        .slice(0, 3)
        .map((c) => '.' + c)
        .join('')} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement;
      // Material's field labels sit on the field's outline on purpose (findClippedText checks that they wrap).
      if (
        !parent ||
        parent.closest(
          '[aria-hidden="true"], .cdk-visually-hidden, .visually-hidden, svg, canvas, script, style, option, select, .mdc-floating-label',
        )
      )
        continue;
      let box: Element | null = null;
      for (let el: Element | null = parent; el && el !== document.body; el = el.parentElement) {
        const s = styleOf(el);
        if (s.display === 'none' || s.overflowX !== 'visible' || s.overflowY !== 'visible') break;
        if (s.display !== 'contents' && boxed(s)) {
          box = el;
          break;
        }
        // Text placed on purpose outside the flow (a floating field label, a tooltip) is not judged
        // against a box further out.
        if (s.position === 'absolute' || s.position === 'fixed') break;
      }
      if (!box || styleOf(parent).visibility === 'hidden') continue;
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (text.width === 0 || text.height === 0) continue;
      const outer = box.getBoundingClientRect();
      if (text.right > outer.right + 1 || text.left < outer.left - 1 || text.bottom > outer.bottom + 1 || text.top < outer.top - 1) {
        found.add(`runs out of its box: ${nameOf(box)}`);
      }
    }
    return [...found];
  });
}
