import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CouncilReportJob } from '@klimaschutz/contracts';
import { materialDefaults } from '../shared/material-defaults';
import { CouncilReportPanel } from './council-report-panel';

const job = (over: Partial<CouncilReportJob> = {}): CouncilReportJob => ({
  id: 'j1',
  period: { id: 'p1', name: 'Sachstand 2025' },
  state: 'RUNNING',
  progress: 0,
  fileName: null,
  error: null,
  createdAt: '2026-11-24T09:00:00.000Z',
  expiresAt: '2026-12-01T09:00:00.000Z',
  ...over,
});
const page = (items: CouncilReportJob[]) => ({ items, total: items.length, page: 1, pageSize: 5 });

describe('CouncilReportPanel', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: LOCALE_ID, useValue: 'de-DE' }, materialDefaults],
    });
  });

  async function open(previous: CouncilReportJob[]) {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CouncilReportPanel);
    fixture.componentRef.setInput('periodId', 'p1');
    await fixture.whenStable();
    const list = http.expectOne((r) => r.url === '/api/v1/council-reports');
    expect(list.request.params.get('periodId')).toBe('p1');
    list.flush(page(previous));
    await fixture.whenStable();
    return { fixture, http, el: fixture.nativeElement as HTMLElement };
  }

  it('starts the report, shows its progress to eyes and screen readers, then offers the PDF as a download link', async () => {
    const { fixture, http, el } = await open([]);
    const button = el.querySelector<HTMLButtonElement>('[data-testid="council-report-create"]')!;
    expect(button.textContent?.trim()).toBe('Sachstandsbericht (PDF) erstellen');
    expect(el.querySelector('[data-testid="council-report-download"]')).toBeNull();

    button.click();
    await fixture.whenStable();
    const create = http.expectOne({ method: 'POST', url: '/api/v1/council-reports' });
    expect(create.request.body).toEqual({ periodId: 'p1' });
    create.flush(job({ progress: 30 }));
    await fixture.whenStable();
    const bar = el.querySelector('[data-testid="council-report-progress"]')!;
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-label')).toBe('Fortschritt des Sachstandsberichts');
    expect(bar.getAttribute('aria-valuenow')).toBe('30');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Der Sachstandsbericht wird erstellt');
    expect(button.disabled).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 600));
    http
      .expectOne('/api/v1/council-reports/j1')
      .flush(job({ state: 'DONE', progress: 100, fileName: 'Sachstandsbericht-Sachstand-2025.pdf' }));
    await fixture.whenStable();
    const link = el.querySelector<HTMLAnchorElement>('[data-testid="council-report-download"]')!;
    expect(link.getAttribute('href')).toBe('/api/v1/council-reports/j1/file');
    expect(link.hasAttribute('download')).toBe(true);
    expect(link.textContent).toContain('Sachstandsbericht-Sachstand-2025.pdf herunterladen');
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Der Sachstandsbericht ist fertig.');
    expect(el.querySelector('[data-testid="council-report-progress"]')).toBeNull();
    expect(button.disabled).toBe(false);
    http.verify();
  });

  it('shows the newest finished report of the period when the page opens', async () => {
    const { el, http } = await open([job({ state: 'DONE', progress: 100, fileName: 'Sachstandsbericht-Sachstand-2025.pdf' })]);
    expect(el.querySelector('[data-testid="council-report-download"]')?.getAttribute('href')).toBe('/api/v1/council-reports/j1/file');
    expect(el.textContent).toContain('abrufbar bis 01.12.2026');
    http.verify();
  });

  it('says in German why a report could not be made', async () => {
    const { fixture, http, el } = await open([
      job({ state: 'FAILED', error: 'Die Erstellung wurde unterbrochen (Neustart des Servers).' }),
    ]);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Die Erstellung wurde unterbrochen');
    el.querySelector<HTMLButtonElement>('[data-testid="council-report-create"]')!.click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: '/api/v1/council-reports' })
      .flush(
        { status: 403, title: 'Forbidden', detail: 'Ihre Rolle darf diese Aktion nicht ausführen.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Ihre Rolle darf diese Aktion nicht ausführen.');
    http.verify();
  });
});
