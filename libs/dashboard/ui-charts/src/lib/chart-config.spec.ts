import type { ActiveElement, Chart, ChartEvent } from 'chart.js';
import { buildChartConfig } from './chart-config';
import type { ChartData, ChartSegment } from './chart-model';

const format = (value: number) => new Intl.NumberFormat('de-DE').format(value);

const statusData: ChartData = {
  categories: [
    { key: 'PLANNED', label: 'geplant', colour: '#5b6b7a', link: { path: '/massnahmen', queryParams: { status: 'PLANNED' } } },
    { key: 'DELAYED', label: 'verzögert', colour: '#c25e00', link: { path: '/massnahmen', queryParams: { status: 'DELAYED' } } },
  ],
  series: [{ key: 'count', label: 'Maßnahmen', colour: '#5b6b7a', values: [1200, 5] }],
};

const fieldData: ChartData = {
  categories: [
    { key: 'v', label: 'Verkehr' },
    { key: 'e', label: 'Energie' },
  ],
  series: [
    { key: 'ON_TRACK', label: 'im Plan', colour: '#1b7f3b', values: [3, 1] },
    { key: 'OFF_TRACK', label: 'kritisch', colour: '#c62828', values: [2, 0] },
  ],
};

const element = (datasetIndex: number, index: number) => ({ datasetIndex, index }) as ActiveElement;
const click = (config: ReturnType<typeof buildChartConfig>, elements: ActiveElement[]) =>
  (config.options as { onClick: (e: ChartEvent, els: ActiveElement[], chart: Chart) => void }).onClick(
    {} as ChartEvent,
    elements,
    {} as Chart,
  );

describe('buildChartConfig', () => {
  it('maps a doughnut: one segment per category, its colour, and the number in the legend text', () => {
    const config = buildChartConfig({ kind: 'doughnut', data: statusData, format });
    expect(config.type).toBe('doughnut');
    expect(config.data.labels).toEqual(['geplant: 1.200', 'verzögert: 5']);
    expect(config.data.datasets[0].data).toEqual([1200, 5]);
    expect(config.data.datasets[0].backgroundColor).toEqual(['#5b6b7a', '#c25e00']);
  });

  it('reports a click on a doughnut segment as that category, with its link', () => {
    const clicked: ChartSegment[] = [];
    const config = buildChartConfig({ kind: 'doughnut', data: statusData, format, onSegmentClick: (s) => clicked.push(s) });
    click(config, [element(0, 1)]);
    click(config, []);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toMatchObject({ categoryKey: 'DELAYED', value: 5, link: { queryParams: { status: 'DELAYED' } } });
  });

  it('maps stacked horizontal bars: one dataset per series, stacked scales, category axis on y', () => {
    const config = buildChartConfig({ kind: 'bar', data: fieldData, format, stacked: true, horizontal: true, valueAxisLabel: 'Maßnahmen' });
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Verkehr', 'Energie']);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['im Plan', [3, 1]],
      ['kritisch', [2, 0]],
    ]);
    const options = config.options as { indexAxis: string; scales: Record<string, { stacked: boolean; title?: { text: string } }> };
    expect(options.indexAxis).toBe('y');
    expect(options.scales['x'].stacked).toBe(true);
    expect(options.scales['y'].stacked).toBe(true);
    expect(options.scales['x'].title?.text).toBe('Maßnahmen');
  });

  it('reports a click on a bar part as category and series', () => {
    const clicked: ChartSegment[] = [];
    const config = buildChartConfig({ kind: 'bar', data: fieldData, format, onSegmentClick: (s) => clicked.push(s) });
    click(config, [element(1, 0)]);
    expect(clicked[0]).toMatchObject({ categoryKey: 'v', seriesKey: 'OFF_TRACK', value: 2 });
  });

  it('fills bars with a pattern per series, so colour is not the only cue', () => {
    const fills: string[] = [];
    buildChartConfig({ kind: 'bar', data: fieldData, format, fill: (colour, pattern) => (fills.push(pattern), colour) });
    expect(fills).toEqual(['solid', 'diagonal']);
  });

  it('draws lines with distinct point shapes and dashes, and big points when there are few days', () => {
    const config = buildChartConfig({ kind: 'line', data: fieldData, format, valueMax: 100, decimals: 1 });
    const [first, second] = config.data.datasets as { pointStyle: string; borderDash: number[]; pointRadius: number }[];
    expect(first.pointStyle).not.toBe(second.pointStyle);
    expect(first.borderDash).not.toEqual(second.borderDash);
    expect(first.pointRadius).toBeGreaterThan(5);
    expect((config.options as { scales: { y: { max: number } } }).scales.y.max).toBe(100);
  });

  it('labels tooltips with the category, the series and the formatted value', () => {
    const config = buildChartConfig({ kind: 'bar', data: fieldData, format });
    const callbacks = (
      config.options as { plugins: { tooltip: { callbacks: { title: (i: unknown[]) => string; label: (i: unknown) => string } } } }
    ).plugins.tooltip.callbacks;
    expect(callbacks.title([{ dataIndex: 1 }])).toBe('Energie');
    expect(callbacks.label({ datasetIndex: 0, dataIndex: 0 })).toBe('im Plan: 3');
  });
});
