import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Chart } from 'chart.js';
import type { ChartData, ChartSegment } from './chart-model';
import { DataChart, chartsDrawn } from './data-chart';
import { fakeCanvas } from './testing/fake-canvas';

const statusData: ChartData = {
  categories: [
    { key: 'PLANNED', label: 'geplant', colour: '#5b6b7a', link: { path: '/massnahmen', queryParams: { status: 'PLANNED' } } },
    { key: 'DELAYED', label: 'verzögert', colour: '#c25e00', link: { path: '/massnahmen', queryParams: { status: 'DELAYED' } } },
    { key: 'ON_HOLD', label: 'ruht', colour: '#8a8a8a', link: { path: '/massnahmen', queryParams: { status: 'ON_HOLD' } } },
  ],
  series: [{ key: 'count', label: 'Maßnahmen', colour: '#5b6b7a', values: [1200, 5, 0] }],
};

describe('DataChart', () => {
  beforeAll(() => fakeCanvas());

  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([])] }));

  /** The table's rows are built when a reader opens it. */
  async function openTable(fixture: { whenStable: () => Promise<unknown> }, el: HTMLElement) {
    const details = el.querySelector<HTMLDetailsElement>('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await fixture.whenStable();
    await chartsDrawn();
  }

  async function render(data: ChartData = statusData) {
    const fixture = TestBed.createComponent(DataChart);
    fixture.componentRef.setInput('chartId', 'status');
    fixture.componentRef.setInput('kind', 'doughnut');
    fixture.componentRef.setInput('heading', 'Maßnahmen nach Status');
    fixture.componentRef.setInput('finding', '5 von 1.205 Maßnahmen sind verzögert.');
    fixture.componentRef.setInput('categoryHeader', 'Status');
    fixture.componentRef.setInput('data', data);
    await fixture.whenStable();
    await chartsDrawn();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the title, the finding and the same numbers as a table, with links to the filtered list', async () => {
    const { fixture, el } = await render();
    expect(el.querySelector('h2')?.textContent).toBe('Maßnahmen nach Status');
    expect(el.querySelector('[data-testid="chart-finding"]')?.textContent).toContain('5 von 1.205');
    expect(el.querySelector('table')).toBeNull();
    await openTable(fixture, el);
    const cells = [...el.querySelectorAll<HTMLElement>('[data-testid="chart-cell"]')];
    expect(cells.map((c) => [c.dataset['category'], c.dataset['value'], c.textContent?.replace(/\s+/g, ' ').trim()])).toEqual([
      ['PLANNED', '1200', '1.200 – geplant'],
      ['DELAYED', '5', '5 – verzögert'],
      ['ON_HOLD', '0', '0'],
    ]);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('[data-testid="chart-link"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/massnahmen?status=PLANNED', '/massnahmen?status=DELAYED']);
    // Shares of the whole and the total row.
    const cellsOf = (selector: string) => [...el.querySelectorAll(selector)].map((c) => c.textContent?.trim());
    expect(cellsOf('tbody tr:nth-child(2) > *')).toEqual(['verzögert', '5 – verzögert', '0 %']);
    expect(cellsOf('tfoot tr > *')).toEqual(['Gesamt', '1.205', '100 %']);
  });

  it('draws on its canvas and destroys the chart when it is removed', async () => {
    const { fixture, el } = await render();
    const canvas = el.querySelector('canvas')!;
    expect(Chart.getChart(canvas)).toBeDefined();
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toContain('5 von 1.205 Maßnahmen sind verzögert.');
    fixture.destroy();
    expect(Chart.getChart(canvas)).toBeUndefined();
  });

  it('draws one chart per task, so the browser can answer input (and paint) between two charts', async () => {
    await render();
    const fixtures = [0, 1].map(() => {
      const fixture = TestBed.createComponent(DataChart);
      fixture.componentRef.setInput('chartId', 'status');
      fixture.componentRef.setInput('kind', 'doughnut');
      fixture.componentRef.setInput('heading', 'Maßnahmen nach Status');
      fixture.componentRef.setInput('finding', '5 von 1.205 Maßnahmen sind verzögert.');
      fixture.componentRef.setInput('data', statusData);
      fixture.detectChanges();
      return fixture;
    });
    const drawn = () => fixtures.filter((f) => Chart.getChart((f.nativeElement as HTMLElement).querySelector('canvas')!)).length;
    const nextTask = () => new Promise((resolve) => setTimeout(resolve));
    expect(drawn()).toBe(0);
    for (let task = 0; task < 20 && drawn() === 0; task++) await nextTask();
    expect(drawn()).toBe(1);
    await nextTask();
    expect(drawn()).toBe(2);
  });

  it('lets keyboard users step through the segments and open one with Enter', async () => {
    const { fixture, el } = await render();
    const clicked: ChartSegment[] = [];
    fixture.componentInstance.segmentClick.subscribe((s) => clicked.push(s));
    const canvas = el.querySelector('canvas')!;
    const key = async (k: string) => {
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      await fixture.whenStable();
      await chartsDrawn();
    };
    await key('ArrowRight');
    const live = () => el.querySelector('[data-testid="chart-announcement"]')?.textContent?.trim();
    expect(live()).toBe('geplant: 1.200 – Eingabetaste öffnet die passende Liste.');
    await key('ArrowRight');
    expect(live()).toContain('verzögert: 5');
    // Zero values draw nothing, so the next step wraps around to the first segment.
    await key('ArrowRight');
    expect(live()).toContain('geplant');
    await key('ArrowLeft');
    await key('Enter');
    expect(clicked.map((s) => [s.categoryKey, s.value, s.link?.queryParams])).toEqual([['DELAYED', 5, { status: 'DELAYED' }]]);
    await key('Escape');
    expect(live()).toBe('');
  });

  it('follows new data: table and chart show the new numbers', async () => {
    const { fixture, el } = await render();
    const canvas = el.querySelector('canvas')!;
    const chart = Chart.getChart(canvas)!;
    await openTable(fixture, el);
    fixture.componentRef.setInput('data', { ...statusData, series: [{ ...statusData.series[0], values: [7, 3, 1] }] });
    await fixture.whenStable();
    await chartsDrawn();
    expect([...el.querySelectorAll<HTMLElement>('[data-testid="chart-cell"]')].map((c) => c.dataset['value'])).toEqual(['7', '3', '1']);
    expect(Chart.getChart(canvas)).toBe(chart);
    expect(chart.data.datasets[0].data).toEqual([7, 3, 1]);
  });

  it('shows a missing value (null) as „–“ in the table and leaves a gap on the line', async () => {
    const fixture = TestBed.createComponent(DataChart);
    fixture.componentRef.setInput('chartId', 'balance');
    fixture.componentRef.setInput('kind', 'line');
    fixture.componentRef.setInput('heading', 'Bilanz und Pfad');
    fixture.componentRef.setInput('finding', '2022: 1.788 kt');
    fixture.componentRef.setInput('unit', ' kt');
    fixture.componentRef.setInput('showTotals', false);
    fixture.componentRef.setInput('data', {
      categories: [
        { key: '1990', label: '1990' },
        { key: '2030', label: '2030' },
      ],
      series: [
        { key: 'balance', label: 'Bilanz', colour: '#1565c0', values: [2618, null] },
        { key: 'path', label: 'Pfad', colour: '#5b6b7a', values: [2618, 131] },
      ],
    } satisfies ChartData);
    await fixture.whenStable();
    await chartsDrawn();
    const el = fixture.nativeElement as HTMLElement;
    await openTable(fixture, el);
    const cells = [...el.querySelectorAll<HTMLElement>('[data-testid="chart-cell"]')];
    expect(cells.map((c) => [c.dataset['series'], c.dataset['value'] ?? null, c.textContent?.trim()])).toEqual([
      ['balance', '2618', '2.618 kt'],
      ['path', '2618', '2.618 kt'],
      ['balance', null, '–'],
      ['path', '131', '131 kt'],
    ]);
    expect(el.querySelector('[data-testid="chart-print-figures"]')?.textContent).toContain('2030: – Bilanz, 131 kt Pfad');
    expect(Chart.getChart(el.querySelector('canvas')!)?.data.datasets[0].data).toEqual([2618, null]);
  });

  describe('off screen', () => {
    let reportVisible: (visible: boolean) => void;
    beforeEach(() => {
      (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          reportVisible = (visible) => callback([{ isIntersecting: visible }]);
        }
        observe = () => undefined;
        disconnect = () => undefined;
      };
    });
    afterEach(() => delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver);

    it('shows title and finding at once but draws only when the chart comes into view', async () => {
      const { fixture, el } = await render();
      const canvas = el.querySelector('canvas')!;
      expect(el.querySelector('[data-testid="chart-finding"]')?.textContent).toContain('5 von 1.205');
      expect(Chart.getChart(canvas)).toBeUndefined();
      reportVisible(false);
      await fixture.whenStable();
      await chartsDrawn();
      expect(Chart.getChart(canvas)).toBeUndefined();
      reportVisible(true);
      await fixture.whenStable();
      await chartsDrawn();
      expect(Chart.getChart(canvas)).toBeDefined();
      expect(canvas.dataset['drawn']).toBe('true');
    });

    it('draws at once when asked to (a page about to be printed), wherever it is', async () => {
      const { fixture, el } = await render();
      const canvas = el.querySelector('canvas')!;
      expect(Chart.getChart(canvas)).toBeUndefined();
      fixture.componentRef.setInput('eager', true);
      await fixture.whenStable();
      await chartsDrawn();
      expect(Chart.getChart(canvas)).toBeDefined();
      expect(canvas.dataset['drawn']).toBe('true');
    });

    it('draws a chart not yet seen before the page is printed', async () => {
      const { el } = await render();
      const canvas = el.querySelector('canvas')!;
      expect(Chart.getChart(canvas)).toBeUndefined();
      window.dispatchEvent(new Event('beforeprint'));
      // Synchronously: the browser prints right after its beforeprint handlers return.
      expect(Chart.getChart(canvas)).toBeDefined();
    });
  });

  it('says so when there is nothing to draw', async () => {
    const { el } = await render({ ...statusData, series: [{ ...statusData.series[0], values: [0, 0, 0] }] });
    expect(el.querySelector('[data-testid="chart-empty"]')?.textContent).toContain('keine Werte');
  });
});
