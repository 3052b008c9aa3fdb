/**
 * German, number-aware ordering ("V-2" before "V-10"). One shared collator: `localeCompare` with
 * options builds a new one on every call, which made sorting a big city's 2,400 codes take ~0.7 s.
 */
const collator = new Intl.Collator('de', { numeric: true });
const textCollator = new Intl.Collator('de');

export const compareCodes = (a: string, b: string): number => collator.compare(a, b);
export const compareText = (a: string, b: string): number => textCollator.compare(a, b);
