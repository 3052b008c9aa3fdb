import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestBed } from '@angular/core/testing';
import { clearTranslations, loadTranslations } from '@angular/localize';
import { provideRouter } from '@angular/router';
import type { ChartData } from './chart-model';
import { fakeCanvas } from './testing/fake-canvas';

/** The chart's English texts, as the dashboard loads them for an English user (`i18n/en/charts.json`). */
const english: Record<string, string> = JSON.parse(
  readFileSync(join(__dirname, '../../../../../apps/dashboard/src/i18n/en/charts.json'), 'utf8'),
);

const data: ChartData = {
  categories: [{ key: 'PLANNED', label: 'planned', colour: '#5b6b7a', link: { path: '/massnahmen' } }],
  series: [{ key: 'count', label: 'Measures', colour: '#5b6b7a', values: [1200] }],
};

describe('DataChart for an English user', () => {
  beforeAll(() => fakeCanvas());
  beforeEach(() => {
    loadTranslations(english);
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });
  afterEach(() => clearTranslations());

  it('gives its keyboard hint, table and announcements in English, numbers in German format', async () => {
    // Loaded after the translations, as in the app (main.ts loads them before any app module).
    const { DataChart, chartsDrawn } = await import('./data-chart');
    const fixture = TestBed.createComponent(DataChart);
    fixture.componentRef.setInput('chartId', 'status');
    fixture.componentRef.setInput('kind', 'doughnut');
    fixture.componentRef.setInput('heading', 'Measures by status');
    fixture.componentRef.setInput('finding', '0 of 1.200 measures are delayed.');
    fixture.componentRef.setInput('data', data);
    await fixture.whenStable();
    await chartsDrawn();
    const el = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

    expect(text('.chart__hint')).toBe('Keyboard: the arrow keys choose a value, Enter opens the matching list.');
    expect(el.querySelector('canvas')?.getAttribute('aria-label')).toBe(
      'Chart: Measures by status. 0 of 1.200 measures are delayed. The values are also in the table below the chart.',
    );
    expect(text('[data-testid="chart-table-toggle"]')).toBe('Data as a table: Measures by status');

    const details = el.querySelector<HTMLDetailsElement>('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await fixture.whenStable();
    expect(el.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Table: Measures by status');
    expect([...el.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual(['Category', 'Measures', 'Share']);

    el.querySelector('canvas')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    await fixture.whenStable();
    expect(text('[data-testid="chart-announcement"]')).toBe('planned: 1.200 – Enter opens the matching list.');
  });
});
