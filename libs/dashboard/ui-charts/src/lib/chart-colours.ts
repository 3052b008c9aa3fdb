/**
 * Colour helpers. WCAG 1.4.11 asks graphical objects for 3:1 contrast against their surroundings; the
 * palette of a feature can be checked with {@link contrastRatio} in its unit tests.
 */

export { PATTERNS, patternFor, contrastRatio, relativeLuminance, type PatternKind } from '@klimaschutz/contracts';
import type { PatternKind } from '@klimaschutz/contracts';

/** Point shapes for line series, for the same reason. */
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
export const pointStyleFor = (index: number) => POINT_STYLES[index % POINT_STYLES.length];

/** Dashes for line series: solid, dashed, dotted, … */
export const LINE_DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [12, 4, 2, 4]];
export const lineDashFor = (index: number): number[] => [...LINE_DASHES[index % LINE_DASHES.length]];

/**
 * A pattern tile over the base colour (browser only). Falls back to the plain colour where no
 * canvas context is available.
 */
export function patternFill(colour: string, kind: PatternKind): string | CanvasPattern {
  if (kind === 'solid' || typeof document === 'undefined') return colour;
  const size = 12;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.8)';
  ctx.fillStyle = 'rgba(255, 255, 255, 0.8)';
  ctx.lineWidth = 2;
  ctx.beginPath();
  switch (kind) {
    case 'diagonal':
      ctx.moveTo(0, size);
      ctx.lineTo(size, 0);
      ctx.moveTo(-size / 2, size / 2);
      ctx.lineTo(size / 2, -size / 2);
      ctx.moveTo(size / 2, size * 1.5);
      ctx.lineTo(size * 1.5, size / 2);
      break;
    case 'diagonal-back':
      ctx.moveTo(0, 0);
      ctx.lineTo(size, size);
      ctx.moveTo(size / 2, -size / 2);
      ctx.lineTo(size * 1.5, size / 2);
      ctx.moveTo(-size / 2, size / 2);
      ctx.lineTo(size / 2, size * 1.5);
      break;
    case 'dots':
      ctx.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'cross':
      ctx.moveTo(size / 2, 0);
      ctx.lineTo(size / 2, size);
      ctx.moveTo(0, size / 2);
      ctx.lineTo(size, size / 2);
      break;
    case 'vertical':
      ctx.moveTo(size / 2, 0);
      ctx.lineTo(size / 2, size);
      break;
    case 'horizontal':
      ctx.moveTo(0, size / 2);
      ctx.lineTo(size, size / 2);
      break;
    case 'zigzag':
      ctx.moveTo(0, size * 0.75);
      ctx.lineTo(size / 2, size * 0.25);
      ctx.lineTo(size, size * 0.75);
      break;
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? colour;
}
