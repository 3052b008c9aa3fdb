import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ExportMenu, exportFile } from './export-menu';

/** Opens the menu like a user and picks an entry by its text. */
async function pickExport(host: HTMLElement, resource: string, entry: 'CSV' | 'Excel'): Promise<void> {
  (host.querySelector(`[data-testid="export-${resource}"]`) as HTMLButtonElement).click();
  // The menu renders into the overlay container on the next tick.
  await new Promise((resolve) => setTimeout(resolve));
  const item = [...document.querySelectorAll<HTMLButtonElement>('[mat-menu-item]')].find((b) => b.textContent?.includes(entry));
  if (!item) throw new Error(`menu entry ${entry} not found`);
  item.click();
}

describe('exportFile', () => {
  it('builds the export URL from the list filters, leaving out empty ones, and names the file like the server', () => {
    expect(exportFile('trainings', 'csv', { when: 'past', status: 'HELD,CANCELLED', format: '' })).toEqual({
      url: '/api/v1/exports/trainings.csv?when=past&status=HELD%2CCANCELLED',
      fileName: 'schulungen.csv',
    });
    expect(exportFile('climate-checks', 'xlsx', {})).toEqual({ url: '/api/v1/exports/climate-checks.xlsx', fileName: 'klimachecks.xlsx' });
    expect(exportFile('reports', 'csv', { periodId: 'p-1' }).fileName).toBe('sachstaende.csv');
  });
});

describe('ExportMenu', () => {
  let saved: string[];
  beforeEach(() => {
    saved = [];
    // jsdom has no object URLs and does not download; record the file the browser would be handed.
    URL.createObjectURL = () => 'blob:export';
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  });
  afterEach(() => jest.restoreAllMocks());

  async function render(params: Record<string, string>) {
    const fixture = TestBed.createComponent(ExportMenu);
    fixture.componentRef.setInput('resource', 'consultations');
    fixture.componentRef.setInput('params', params);
    await fixture.whenStable();
    return fixture;
  }

  it('downloads the filtered list as XLSX under the server’s file name, and shows that it is working meanwhile', async () => {
    const fixture = await render({ status: 'DONE', orgUnitId: '' });
    const host = fixture.nativeElement as HTMLElement;
    await pickExport(host, 'consultations', 'Excel');
    await fixture.whenStable();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/v1/exports/consultations.xlsx?status=DONE');
    expect(request.request.responseType).toBe('blob');
    expect(host.querySelector('[data-testid="export-consultations"]')?.textContent).toContain('Export wird erstellt');
    request.flush(new Blob(['xlsx']));
    await fixture.whenStable();
    expect(saved).toEqual(['beratungen.xlsx']);
    expect(host.querySelector('[data-testid="export-consultations"]')?.textContent?.trim()).toBe('Exportieren');
  });

  it('shows the API’s German message when the export is refused', async () => {
    const fixture = await render({ staleDays: '0' });
    const host = fixture.nativeElement as HTMLElement;
    await pickExport(host, 'consultations', 'CSV');
    const problem = { status: 400, title: 'Bad Request', detail: 'Die Eingabe ist ungültig: staleDays' };
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/exports/consultations.csv?staleDays=0')
      .flush(new Blob([JSON.stringify(problem)], { type: 'application/problem+json' }), { status: 400, statusText: 'Bad Request' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await fixture.whenStable();
    expect(host.querySelector('[data-testid="problem-alert"]')?.textContent).toContain('Die Eingabe ist ungültig: staleDays');
    expect(saved).toEqual([]);
  });
});
