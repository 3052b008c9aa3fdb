/**
 * What charts use beside colour, shared by the web charts and the council report PDF (WCAG 1.4.1 and
 * 1.4.11): a fill pattern per series and a contrast measure for the palettes.
 */

/** Fills that tell series apart without colour: the first stays plain, the others get a pattern. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'vertical', 'zigzag', 'horizontal', 'diagonal-back'] as const;
export type PatternKind = (typeof PATTERNS)[number];

export const patternFor = (index: number): PatternKind => PATTERNS[index % PATTERNS.length];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb` (WCAG 2.1). */
export function relativeLuminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two `#rrggbb` colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
