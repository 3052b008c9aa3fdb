/**
 * The framework-free data model of a chart. The same object feeds the canvas and the data table,
 * so the table always holds exactly the numbers the chart draws.
 */

export type ChartKind = 'doughnut' | 'bar' | 'line';

/** Where a segment or table cell leads: a router path plus query params. */
export interface ChartLink {
  path: string;
  queryParams?: Record<string, string>;
}

export interface ChartCategory {
  key: string;
  label: string;
  /** Doughnut only: the colour of this segment (bars and lines take the series colour). */
  colour?: string;
  /** Where the category as a whole leads (row header in the table, fallback for its cells). */
  link?: ChartLink | null;
}

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
  /**
   * One value per category, in category order. `null`: this series has no value there (a line leaves
   * a gap and the table shows „–“), e.g. a balance year the target path does not cover.
   */
  values: readonly (number | null)[];
  /** Per-category links; a missing entry falls back to the category's link. */
  links?: readonly (ChartLink | null | undefined)[];
}

export interface ChartData {
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
}

/** One drawn value: a doughnut segment, a bar (part) or a line point. */
export interface ChartSegment {
  categoryIndex: number;
  seriesIndex: number;
  categoryKey: string;
  seriesKey: string;
  categoryLabel: string;
  seriesLabel: string;
  value: number;
  link: ChartLink | null;
}

export function segmentAt(data: ChartData, seriesIndex: number, categoryIndex: number): ChartSegment | null {
  const series = data.series[seriesIndex];
  const category = data.categories[categoryIndex];
  if (!series || !category) return null;
  return {
    categoryIndex,
    seriesIndex,
    categoryKey: category.key,
    seriesKey: series.key,
    categoryLabel: category.label,
    seriesLabel: series.label,
    value: series.values[categoryIndex] ?? 0,
    link: series.links?.[categoryIndex] ?? category.link ?? null,
  };
}

/**
 * The segments a keyboard user steps through: every non-zero value, category by category. Zero
 * values (and missing ones) draw nothing, so there is nothing to point at.
 */
export function navigableSegments(data: ChartData): ChartSegment[] {
  const segments: ChartSegment[] = [];
  data.categories.forEach((_category, c) => {
    data.series.forEach((_series, s) => {
      const segment = segmentAt(data, s, c);
      if (segment && segment.value !== 0) segments.push(segment);
    });
  });
  return segments;
}

export function categoryTotal(data: ChartData, categoryIndex: number): number {
  return data.series.reduce((sum, series) => sum + (series.values[categoryIndex] ?? 0), 0);
}

export function seriesTotal(series: ChartSeries): number {
  return series.values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

export function isEmptyChart(data: ChartData): boolean {
  return data.categories.length === 0 || data.series.every((series) => series.values.every((value) => !value));
}

/** `0,42` → share in percent, rounded to whole numbers; 0 when there is no total. */
export function percentOf(value: number, total: number): number {
  return total > 0 ? Math.round((value / total) * 100) : 0;
}
