import { categoryTotal, isEmptyChart, navigableSegments, percentOf, segmentAt, type ChartData } from './chart-model';

const link = (status: string) => ({ path: '/massnahmen', queryParams: { status } });

const data: ChartData = {
  categories: [
    { key: 'V', label: 'Verkehr', link: { path: '/massnahmen', queryParams: { fieldOfActionId: 'v' } } },
    { key: 'E', label: 'Energie' },
  ],
  series: [
    { key: 'ON_TRACK', label: 'im Plan', colour: '#1b7f3b', values: [3, 0], links: [link('a'), null] },
    { key: 'OFF_TRACK', label: 'kritisch', colour: '#c62828', values: [1, 2] },
  ],
};

describe('chart model', () => {
  it('finds the value and link of a segment; a cell without its own link takes the category link', () => {
    expect(segmentAt(data, 0, 0)).toMatchObject({ categoryKey: 'V', seriesKey: 'ON_TRACK', value: 3, link: link('a') });
    expect(segmentAt(data, 1, 0)?.link).toEqual({ path: '/massnahmen', queryParams: { fieldOfActionId: 'v' } });
    expect(segmentAt(data, 1, 1)).toMatchObject({ categoryLabel: 'Energie', seriesLabel: 'kritisch', value: 2, link: null });
    expect(segmentAt(data, 5, 0)).toBeNull();
  });

  it('lets the keyboard step through every non-zero value, category by category', () => {
    expect(navigableSegments(data).map((s) => `${s.categoryKey}/${s.seriesKey}`)).toEqual(['V/ON_TRACK', 'V/OFF_TRACK', 'E/OFF_TRACK']);
  });

  it('sums categories and knows an empty chart', () => {
    expect(categoryTotal(data, 0)).toBe(4);
    expect(isEmptyChart(data)).toBe(false);
    expect(
      isEmptyChart({ categories: [{ key: 'x', label: 'x' }], series: [{ key: 's', label: 's', colour: '#000000', values: [0] }] }),
    ).toBe(true);
    expect(isEmptyChart({ categories: [], series: [] })).toBe(true);
  });

  it('rounds shares to whole percent and never divides by zero', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
  });
});
