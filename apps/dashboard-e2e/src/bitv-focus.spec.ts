import { expect, test, type Page } from '@playwright/test';
import { openPage, signInAs, visitsByWho } from './support/bitv-pages';

/*
 * Issue #22, item 2 — a visible focus indicator on every interactive element (WCAG 2.4.7, measured
 * the way WCAG 2.4.11/2.4.13 describe it).
 *
 * Method: on every page of every role, Tab through the page. For each element that receives focus,
 * the area of its box plus a margin of 6 px (where outlines and offsets are drawn) is captured
 * focused, then again after the element lost focus, in the same scroll position and hover state.
 * A pixel counts as indicator when its colour changed between the two pictures with a contrast of
 * at least 3:1 (relative luminance, as in WCAG). The indicator must cover at least as many pixels as
 * a 1 CSS px line around the element's box — Material's tint (1.2–1.35:1) counts zero.
 * Elements of one kind (tag, role, type, classes, and the background they sit on) are measured once
 * per role, so a table of 50 identical links or the navigation on every page costs one measurement;
 * the first 80 tab stops of a page are visited. For an input or select in a Material form field the
 * area is the field's outline, where Material draws the focus.
 */

const MAX_TAB_STOPS = 80;
const MARGIN = 6;

interface Measured {
  name: string;
  indicatorPixels: number;
  needed: number;
}

/** Counts the pixels whose colour differs by ≥ 3:1 between the two PNGs (decoded in the browser, no extra package). */
async function indicatorPixels(page: Page, focused: Buffer, unfocused: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [one, two] = await Promise.all([decode(a), decode(b)]);
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      const luminance = (d: Uint8ClampedArray, i: number) =>
        0.2126 * channel(d[i]) + 0.7152 * channel(d[i + 1]) + 0.0722 * channel(d[i + 2]);
      let count = 0;
      for (let i = 0; i < one.data.length && i < two.data.length; i += 4) {
        const [l1, l2] = [luminance(one.data, i), luminance(two.data, i)];
        if ((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) >= 3) count++;
      }
      // Screenshots are taken at device pixel ratio 1: one pixel is one CSS px.
      return count;
    },
    [focused.toString('base64'), unfocused.toString('base64')] as const,
  );
}

/** Tabs through the page; measures each new kind of focused element. */
async function measureFocus(page: Page, seen: Set<string>): Promise<Measured[]> {
  const measured: Measured[] = [];
  let first: string | null = null;
  for (let stop = 0; stop < MAX_TAB_STOPS; stop++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return null;
      (window as unknown as { __kscFocused: Element }).__kscFocused = el;
      // A Material form field shows the focus on its outline, around the input or select.
      const r = (el.closest('.mat-mdc-text-field-wrapper') ?? el).getBoundingClientRect();
      let backdrop = 'transparent';
      for (let n: Element | null = el.parentElement; n && backdrop === 'transparent'; n = n.parentElement) {
        const colour = getComputedStyle(n).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)') backdrop = colour;
      }
      const kind = [
        backdrop,
        el.tagName,
        el.getAttribute('role') ?? '',
        el.getAttribute('type') ?? '',
        [...el.classList]
          .filter((c) => !/active|focused|cdk-|ng-/.test(c))
          .sort()
          .join('.'),
      ].join('|');
      const path: string[] = [];
      for (let n: Element | null = el; n; n = n.parentElement)
        path.unshift(`${n.tagName}${n.id ? '#' + n.id : ''}:${n.parentElement ? [...n.parentElement.children].indexOf(n) : 0}`);
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      return { kind, id: path.join('/'), name, x: r.x, y: r.y, width: r.width, height: r.height, vw: innerWidth, vh: innerHeight };
    });
    if (!info) break;
    if (first === info.id) break; // wrapped around
    first ??= info.id;
    if (seen.has(info.kind) || info.width < 1 || info.height < 1) continue;
    seen.add(info.kind);
    const x = Math.max(0, Math.floor(info.x - MARGIN));
    const y = Math.max(0, Math.floor(info.y - MARGIN));
    const clip = {
      x,
      y,
      width: Math.min(info.vw, Math.ceil(info.x + info.width + MARGIN)) - x,
      height: Math.min(info.vh, Math.ceil(info.y + info.height + MARGIN)) - y,
    };
    if (clip.width < 1 || clip.height < 1) continue;
    const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const unfocused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css' });
    // Back to the element, so the next Tab continues from here.
    await page.evaluate(() => (window as unknown as { __kscFocused: HTMLElement }).__kscFocused.focus());
    const needed = Math.round(2 * (Math.min(info.width, clip.width) + Math.min(info.height, clip.height)));
    measured.push({ name: info.name, indicatorPixels: await indicatorPixels(page, focused, unfocused), needed });
  }
  return measured;
}

test.describe('BITV: sichtbarer Fokus (WCAG 2.4.7)', () => {
  for (const [who, pages] of visitsByWho()) {
    test(`every interactive element shows a focus indicator of ≥ 3:1 — ${who}`, async ({ page }) => {
      test.setTimeout(60_000 + pages.length * 60_000);
      await signInAs(page, who);
      const failures: string[] = [];
      const seen = new Set<string>();
      for (const target of pages) {
        const path = await openPage(page, target);
        const measured = await measureFocus(page, seen);
        for (const m of measured) {
          if (m.indicatorPixels < m.needed) failures.push(`${path}: ${m.name} — ${m.indicatorPixels} of ${m.needed} px at ≥ 3:1`);
        }
      }
      expect(failures, `elements without a visible focus indicator (${who})`).toEqual([]);
    });
  }
});
