import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Job, JobRun } from '@klimaschutz/contracts';
import { formatIsoDateTime } from '../shared/format';
import { JobAdmin } from './job-admin';

const run = (over: Partial<JobRun> = {}): JobRun => ({
  id: 'r1',
  slot: '2026-11-24',
  status: 'SUCCEEDED',
  trigger: 'SCHEDULE',
  triggeredBy: null,
  startedAt: '2026-11-23T23:15:00Z',
  finishedAt: '2026-11-23T23:15:01Z',
  summary: 'Tagesstand gespeichert',
  error: null,
  ...over,
});

const job = (lastRun: JobRun | null): Job => ({
  name: 'status-snapshot',
  description: 'Tagesstand aller Maßnahmen festhalten',
  schedule: '15 0 * * *',
  nextRun: '2026-11-24T23:15:00Z',
  lastRun,
});

describe('JobAdmin', () => {
  async function setup() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: LOCALE_ID, useValue: 'de-DE' }],
    });
    const fixture = TestBed.createComponent(JobAdmin);
    const http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    return { fixture, http, el: fixture.nativeElement as HTMLElement };
  }

  it('explains the schedule in German and shows the last run with its result and the history', async () => {
    const { fixture, http, el } = await setup();
    http.expectOne('/api/v1/jobs').flush([job(run())]);
    await fixture.whenStable();
    http.expectOne('/api/v1/jobs/status-snapshot/runs').flush([run()]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="job-schedule"]')?.textContent).toContain('täglich um 00:15 Uhr');
    expect(el.querySelector('[data-testid="job-last-run"]')?.textContent).toContain('erfolgreich');
    expect(el.querySelector('[data-testid="job-last-run"]')?.textContent).toContain('Tagesstand gespeichert');
    // In the browser's time zone (00:15 in Berlin).
    expect(el.querySelector('[data-testid="job-next-run"]')?.textContent?.trim()).toBe(formatIsoDateTime('2026-11-24T23:15:00Z', 'de-DE'));
    expect(el.querySelectorAll('[data-testid="job-history-row"]')).toHaveLength(1);
  });

  it('runs a job on request: shows progress, then the result, and reloads the list', async () => {
    const { fixture, http, el } = await setup();
    http.expectOne('/api/v1/jobs').flush([job(null)]);
    await fixture.whenStable();
    http.expectOne('/api/v1/jobs/status-snapshot/runs').flush([]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="job-last-run"]')?.textContent).toContain('noch nie');

    el.querySelector<HTMLButtonElement>('[data-testid="job-run"]')!.click();
    await fixture.whenStable();
    expect(el.querySelector<HTMLButtonElement>('[data-testid="job-run"]')!.disabled).toBe(true);
    expect(el.querySelector('[data-testid="job-progress"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="job-result"]')?.textContent).toContain('Wird ausgeführt');

    const manual = run({ id: 'r2', trigger: 'MANUAL', triggeredBy: 'Systemverwaltung IT' });
    http.expectOne({ method: 'POST', url: '/api/v1/jobs/status-snapshot/run' }).flush(manual);
    await fixture.whenStable();
    http.expectOne('/api/v1/jobs').flush([job(manual)]);
    await fixture.whenStable();
    http.expectOne('/api/v1/jobs/status-snapshot/runs').flush([manual]);
    await fixture.whenStable();

    expect(el.querySelector('[data-testid="job-result"]')?.textContent).toContain('Ausgeführt: Tagesstand gespeichert');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="job-run"]')!.disabled).toBe(false);
    expect(el.querySelector('[data-testid="job-history-row"]')?.textContent).toContain('von Hand (Systemverwaltung IT)');
  });

  it('reports a failed run with the error', async () => {
    const { fixture, http, el } = await setup();
    http.expectOne('/api/v1/jobs').flush([job(null)]);
    await fixture.whenStable();
    http.expectOne('/api/v1/jobs/status-snapshot/runs').flush([]);
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('[data-testid="job-run"]')!.click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: '/api/v1/jobs/status-snapshot/run' })
      .flush(run({ status: 'FAILED', summary: null, error: 'Datenbank gesperrt' }));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="job-result"] .alert--error')?.textContent).toContain('Fehlgeschlagen: Datenbank gesperrt');
  });
});
