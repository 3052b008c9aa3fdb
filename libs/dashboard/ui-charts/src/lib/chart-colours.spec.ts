import { contrastRatio, lineDashFor, patternFor, pointStyleFor, relativeLuminance } from './chart-colours';

describe('chart colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The app's muted text colour on white, known to pass 4.5:1.
    expect(contrastRatio('#4a4f4a', '#ffffff')).toBeGreaterThan(4.5);
    expect(() => relativeLuminance('grün')).toThrow();
  });

  it('gives neighbouring series different patterns, point shapes and dashes', () => {
    expect(patternFor(0)).toBe('solid');
    expect(new Set([0, 1, 2, 3, 4, 5].map(patternFor)).size).toBe(6);
    expect(pointStyleFor(0)).not.toBe(pointStyleFor(1));
    expect(lineDashFor(0)).toEqual([]);
    expect(lineDashFor(1)).not.toEqual([]);
  });
});
