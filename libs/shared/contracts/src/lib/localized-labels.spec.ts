import { ENGLISH_LABELS, GERMAN_LABELS, labelsFor } from './localized-labels';

describe('label tables by language', () => {
  it.each(Object.keys(GERMAN_LABELS) as (keyof typeof GERMAN_LABELS)[])(
    '%s: English names every value German names, and nothing else',
    (table) => {
      const german = GERMAN_LABELS[table] as Record<string, string>;
      const english = ENGLISH_LABELS[table] as Record<string, string>;
      expect(Object.keys(english).sort()).toEqual(Object.keys(german).sort());
      expect(Object.values(english).every((text) => text.trim().length > 0)).toBe(true);
    },
  );

  it('picks by locale, German by default', () => {
    expect(labelsFor('de').MEASURE_STATUS_LABELS.IN_PROGRESS).toBe('in Umsetzung');
    expect(labelsFor('en').MEASURE_STATUS_LABELS.IN_PROGRESS).toBe('in progress');
  });
});
