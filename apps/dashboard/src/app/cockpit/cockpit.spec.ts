import { provideClientHydration, withIncrementalHydration } from '@angular/platform-browser';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { DashboardAttention } from '@klimaschutz/contracts';
import { materialDefaults } from '../shared/material-defaults';
import { Cockpit } from './cockpit';
import { sampleEmissionOverview, sampleSummary } from './testing-fixtures';

const FIELD = 'a1b2c3d4-e5f6-4a1b-8c2d-0123456789ab';

/** jsdom draws nothing; a 2D context that accepts every call lets Chart.js run for real. */
function fakeContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const state: Record<string | symbol, unknown> = { canvas };
  return new Proxy(state, {
    get: (target, prop) =>
      prop in target ? target[prop] : prop === 'measureText' ? () => ({ width: 10 }) : prop === 'createPattern' ? () => null : () => ({}),
    set: (target, prop, value) => {
      target[prop] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

const attention: DashboardAttention = {
  reportingPeriod: { id: 'p1', name: 'Sachstand 2026', dueDate: '2026-12-15' },
  total: 1,
  counts: { OFF_TRACK: 1, DELAYED: 1, REPORT_OVERDUE: 0, STALE: 0, MILESTONE_OVERDUE: 0 },
  items: [
    {
      measure: { id: 'm1', code: 'V-03', title: 'Radschnellweg Nord', status: 'DELAYED', assessment: 'OFF_TRACK', progressPercent: 20 },
      fieldOfAction: { id: 'f-v', code: 'V', name: 'Verkehr' },
      leadOrgUnit: { id: 'o-66', code: '66', name: 'Amt für Mobilität' },
      reasons: ['OFF_TRACK', 'DELAYED'],
      overdueMilestones: 0,
      lastAcceptedPeriod: 'Sachstand 2025',
    },
  ],
};

/** Answers for the requests a test does not look at. */
const flushOther = (url: string): unknown =>
  url.endsWith('/status/org-units') || url.endsWith('/trend')
    ? []
    : url.endsWith('/emissions/overview')
      ? sampleEmissionOverview()
      : { items: [] };

describe('Cockpit', () => {
  beforeAll(() => {
    const noop = () => undefined;
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
      observe = noop;
      unobserve = noop;
      disconnect = noop;
    };
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      return fakeContext(this) as never;
    });
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'cockpit', component: Cockpit },
          { path: 'massnahmen', children: [] },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'de-DE' },
        materialDefaults,
        provideClientHydration(withIncrementalHydration()),
      ],
    });
  });

  /** Chart tables render their rows once opened, as a reader opens them. */
  async function openTables(fixture: { whenStable: () => Promise<unknown> }, el: HTMLElement) {
    for (const details of el.querySelectorAll<HTMLDetailsElement>('details[data-testid="chart-table-details"]')) {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    }
    await fixture.whenStable();
  }

  async function open(url: string) {
    const router = TestBed.inject(Router);
    const http = TestBed.inject(HttpTestingController);
    await router.navigateByUrl(url);
    const fixture = TestBed.createComponent(Cockpit);
    await fixture.whenStable();
    return { fixture, router, http, el: fixture.nativeElement as HTMLElement };
  }

  it('asks the API with the filters from the URL and shows every chart with its finding and table', async () => {
    const { fixture, http, el } = await open(`/cockpit?fieldOfActionId=${FIELD}`);
    const summary = http.expectOne((r) => r.url === '/api/v1/dashboard/summary');
    expect(summary.request.params.get('fieldOfActionId')).toBe(FIELD);
    expect(summary.request.params.has('reportingPeriodId')).toBe(false);
    summary.flush(sampleSummary());
    http.expectOne((r) => r.url === '/api/v1/dashboard/attention').flush(attention);
    await fixture.whenStable();
    http.expectOne('/api/v1/reporting-periods/p1/status/org-units').flush([]);
    http.expectOne((r) => r.url === '/api/v1/dashboard/trend').flush([]);
    http.expectOne('/api/v1/emissions/overview').flush(sampleEmissionOverview());
    http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
    await fixture.whenStable();
    // Charts that appear with later data sit in blocks of their own, rendered a step later.
    await fixture.whenStable();

    const charts = [...el.querySelectorAll('[data-testid^="chart-"] h2')].map((h) => h.textContent?.trim());
    expect(charts).toEqual([
      'THG-Bilanz, Zielpfad und Projektion',
      'Maßnahmen nach Status',
      'Ampel je Handlungsfeld',
      'Ampel je federführender Stelle',
      'Fortschritt im Zeitverlauf',
      'THG-Minderung: Ziel und erreicht',
      'Sachstandsmeldungen im Berichtszeitraum',
      'Sachstandsmeldungen je federführender Stelle',
    ]);
    const status = el.querySelector('[data-testid="chart-status"]')!;
    expect(status.querySelector('[data-testid="chart-finding"]')?.textContent).toContain('12 von 40 Maßnahmen sind verzögert');
    await openTables(fixture, el);
    const delayed = status.querySelector<HTMLElement>('[data-testid="chart-cell"][data-category="DELAYED"]')!;
    expect(delayed.dataset['value']).toBe('12');
    // The table link keeps the cockpit's field of action and adds the status.
    expect(delayed.querySelector('a')?.getAttribute('href')).toBe(`/massnahmen?status=DELAYED&fieldOfActionId=${FIELD}`);
    expect(el.querySelector('[data-testid="trend-few"]')?.textContent).toContain('bisher liegt keiner vor');
    expect(el.querySelector('[data-testid="kpi-total"]')?.textContent).toContain('40');
    expect(el.querySelector('[data-testid="attention-row"]')?.textContent).toContain('Radschnellweg Nord');
    expect(el.querySelector('[data-testid="attention-row"]')?.textContent).toContain('Ampel rot (kritisch)');
    // The city's GHG balance against its path, for the whole city whatever the filters say; its table holds the same kt.
    const emissions = el.querySelector('[data-testid="chart-emissions"]')!;
    expect(emissions.querySelector('[data-testid="chart-finding"]')?.textContent).toBe(
      '2022: 1.788 kt CO₂e, 31,7 % unter 1990; Pfad verlangt 1.234 kt – Lücke 554 kt.',
    );
    expect(emissions.querySelector('[data-testid="cockpit-climate-gap"]')?.textContent).toContain('Klimaschutzlücke 1.469 kt');
    expect(emissions.textContent).toContain('die Auswahl oben wirkt hier nicht');
    const cell = (year: string, series: string) =>
      emissions.querySelector<HTMLElement>(`[data-testid="chart-cell"][data-category="${year}"][data-series="${series}"]`);
    expect(cell('2022', 'balance')?.textContent?.trim()).toBe('1.788 kt');
    expect(cell('2030', 'path')?.dataset['value']).toBe('131');
    expect(cell('2030', 'balance')?.textContent?.trim()).toBe('–');
    http.verify();
  });

  it('shows the figures as soon as the summary is there; the slower attention list follows', async () => {
    const { fixture, http, el } = await open('/cockpit');
    http.expectOne((r) => r.url === '/api/v1/dashboard/summary').flush(sampleSummary());
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="kpi-total"]')?.textContent).toContain('40');
    expect(el.querySelector('[data-testid="attention-loading"]')?.textContent).toContain('werden geladen');
    expect(el.querySelector('.cockpit')?.getAttribute('aria-busy')).toBe('true');
    http.expectOne((r) => r.url === '/api/v1/dashboard/attention').flush(attention);
    http.match(() => true).forEach((r) => r.flush(flushOther(r.request.url)));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="attention-loading"]')).toBeNull();
    expect(el.querySelector('[data-testid="attention-row"]')?.textContent).toContain('Radschnellweg Nord');
    expect(el.querySelector('.cockpit')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says so in a sentence, instead of an empty chart, while the city has no GHG balance', async () => {
    const { fixture, http, el } = await open('/cockpit');
    http.expectOne((r) => r.url === '/api/v1/dashboard/summary').flush(sampleSummary());
    http.expectOne((r) => r.url === '/api/v1/dashboard/attention').flush(attention);
    const none = { ...sampleEmissionOverview(), latestYear: null, latestT: null, balance: [], path: [], projection: [] };
    http.expectOne('/api/v1/emissions/overview').flush(none);
    http.match(() => true).forEach((r) => r.flush(flushOther(r.request.url)));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="chart-emissions"]')).toBeNull();
    expect(el.querySelector('[data-testid="cockpit-emissions-empty"]')?.textContent).toContain('Es ist noch keine THG-Bilanz erfasst.');
  });

  it('changes the sort order of the org units without asking the API again', async () => {
    const { fixture, http, el, router } = await open('/cockpit');
    http.expectOne((r) => r.url === '/api/v1/dashboard/summary').flush(sampleSummary());
    http.expectOne((r) => r.url === '/api/v1/dashboard/attention').flush(attention);
    await fixture.whenStable();
    http.match(() => true).forEach((r) => r.flush(flushOther(r.request.url)));
    await fixture.whenStable();
    await openTables(fixture, el);
    const order = () =>
      [...el.querySelectorAll<HTMLElement>('[data-testid="chart-org-units"] [data-testid="chart-row"]')].map((r) => r.dataset['category']);
    expect(order()).toEqual(['o-66', 'o-61', 'o-20']);
    await router.navigateByUrl('/cockpit?orgUnitSort=code');
    await fixture.whenStable();
    expect(order()).toEqual(['o-20', 'o-61', 'o-66']);
    http.expectNone((r) => r.url === '/api/v1/dashboard/summary');
  });

  it('shows the API’s problem in German when the figures cannot be loaded', async () => {
    const { fixture, http, el } = await open('/cockpit');
    http
      .expectOne((r) => r.url === '/api/v1/dashboard/summary')
      .flush(
        { status: 503, title: 'Datenbank nicht erreichbar', detail: 'Bitte später erneut versuchen.' },
        { status: 503, statusText: 'x' },
      );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="problem-alert"]')?.textContent).toContain('Bitte später erneut versuchen.');
  });
});
