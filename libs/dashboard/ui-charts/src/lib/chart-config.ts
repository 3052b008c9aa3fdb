import type { ActiveElement, Chart, ChartConfiguration, ChartEvent, TooltipItem } from 'chart.js';
import { lineDashFor, patternFor, pointStyleFor, type PatternKind } from './chart-colours';
import { segmentAt, type ChartData, type ChartKind, type ChartSegment } from './chart-model';

/** Text and lines drawn on the canvas; both pass 4.5:1 (text) and 3:1 (lines) on white. */
export const CHART_TEXT = '#1b1c1a';
export const CHART_OUTLINE = '#3d3d3d';
const GRID = '#c4c9c4';

export interface ChartConfigInput {
  kind: ChartKind;
  data: ChartData;
  stacked?: boolean;
  /** Bars run from left to right (long category names stay readable). */
  horizontal?: boolean;
  /** Title of the value axis, e.g. "Anzahl Maßnahmen". */
  valueAxisLabel?: string | null;
  /** Upper end of the value axis, e.g. 100 for percentages. */
  valueMax?: number | null;
  /** Decimals the values carry; 0 draws whole-number ticks. */
  decimals?: number;
  /** Formats a value for tooltips and doughnut legends (German separators, unit). */
  format: (value: number) => string;
  /** Turns a colour and a pattern into a fill; patterns need a browser canvas. */
  fill?: (colour: string, pattern: PatternKind) => string | CanvasPattern;
  animate?: boolean;
  devicePixelRatio?: number;
  onSegmentClick?: (segment: ChartSegment) => void;
}

/**
 * Builds the Chart.js configuration from the chart model. Pure apart from the `fill` callback, so the
 * mapping can be unit-tested without a canvas.
 */
export function buildChartConfig(input: ChartConfigInput): ChartConfiguration {
  const { kind, data, format } = input;
  const fill = input.fill ?? ((colour: string) => colour);
  const segmentOf = (element: ActiveElement) =>
    kind === 'doughnut' ? segmentAt(data, 0, element.index) : segmentAt(data, element.datasetIndex, element.index);
  const linked = (element: ActiveElement | undefined) => !!element && !!segmentOf(element)?.link;

  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: input.animate === false ? (false as const) : { duration: 400 },
    devicePixelRatio: input.devicePixelRatio,
    color: CHART_TEXT,
    font: { size: 13 },
    onClick: (_event: ChartEvent, elements: ActiveElement[]) => {
      const segment = elements[0] ? segmentOf(elements[0]) : null;
      if (segment && input.onSegmentClick) input.onSegmentClick(segment);
    },
    onHover: (event: ChartEvent, elements: ActiveElement[], chart: Chart) => {
      chart.canvas.style.cursor = input.onSegmentClick && linked(elements[0]) ? 'pointer' : 'default';
    },
    plugins: {
      legend: { position: 'bottom' as const, labels: { color: CHART_TEXT, font: { size: 13 }, boxWidth: 18, boxHeight: 14 } },
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<'bar'>[]) => (items[0] ? (data.categories[items[0].dataIndex]?.label ?? '') : ''),
          label: (item: TooltipItem<'bar'>) => {
            const series = data.series[kind === 'doughnut' ? 0 : item.datasetIndex];
            const value = series?.values[item.dataIndex] ?? 0;
            return `${series?.label ?? ''}: ${format(value)}`;
          },
        },
      },
    },
  };

  if (kind === 'doughnut') {
    const series = data.series[0];
    const values = series ? [...series.values] : [];
    return {
      type: 'doughnut',
      data: {
        // The legend names each segment with its number, so the colour is never needed to read it.
        labels: data.categories.map((c, i) => `${c.label}: ${format(values[i] ?? 0)}`),
        datasets: [
          {
            label: series?.label ?? '',
            data: values,
            backgroundColor: data.categories.map((c, i) => fill(c.colour ?? series?.colour ?? '#5b6b7a', patternFor(i))),
            borderColor: CHART_OUTLINE,
            borderWidth: 1,
            hoverOffset: 8,
          },
        ],
      },
      options: { ...common, cutout: '50%', plugins: { ...common.plugins, legend: { ...common.plugins.legend, position: 'right' } } },
    } as ChartConfiguration;
  }

  const valueScale = {
    beginAtZero: true,
    stacked: !!input.stacked,
    max: input.valueMax ?? undefined,
    ticks: { color: CHART_TEXT, precision: input.decimals ? undefined : 0 },
    grid: { color: GRID },
    border: { color: CHART_OUTLINE },
    title: { display: !!input.valueAxisLabel, text: input.valueAxisLabel ?? '', color: CHART_TEXT },
  };
  const categoryScale = {
    stacked: !!input.stacked,
    ticks: { color: CHART_TEXT, autoSkip: false },
    grid: { display: false },
    border: { color: CHART_OUTLINE },
  };
  const horizontal = kind === 'bar' && !!input.horizontal;
  const scales = horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale };

  if (kind === 'line') {
    const few = data.categories.length <= 3;
    return {
      type: 'line',
      data: {
        labels: data.categories.map((c) => c.label),
        datasets: data.series.map((series, i) => ({
          label: series.label,
          data: [...series.values],
          borderColor: series.colour,
          backgroundColor: series.colour,
          borderWidth: 2,
          borderDash: lineDashFor(i),
          pointStyle: pointStyleFor(i),
          // With only a few days recorded, the points are the chart: draw them big.
          pointRadius: few ? 7 : 4,
          pointHoverRadius: few ? 9 : 6,
          pointBorderColor: CHART_OUTLINE,
          tension: 0,
          // A series without a value for some categories (null) joins its points across them.
          spanGaps: true,
        })),
      },
      options: { ...common, interaction: { mode: 'nearest', intersect: false }, scales },
    } as ChartConfiguration;
  }

  return {
    type: 'bar',
    data: {
      labels: data.categories.map((c) => c.label),
      datasets: data.series.map((series, i) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: fill(series.colour, patternFor(i)),
        borderColor: CHART_OUTLINE,
        borderWidth: 1,
        maxBarThickness: 36,
      })),
    },
    options: { ...common, indexAxis: horizontal ? 'y' : 'x', interaction: { mode: 'nearest', intersect: true }, scales },
  } as ChartConfiguration;
}
