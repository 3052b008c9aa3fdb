import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { clearTranslations, loadTranslations } from '@angular/localize';
import type { MeasureSummary, Page } from '@klimaschutz/contracts';
import { materialDefaults } from '../shared/material-defaults';
import { english } from '../../i18n/english';
import { MeasureList } from './measure-list';

function summary(i: number): MeasureSummary {
  return {
    id: `m${i}`,
    code: `V-0${i}`,
    title: `Maßnahme ${i}`,
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    priority: 'MEDIUM',
    progressPercent: 50,
    plannedEnd: '2027-12-31',
    fieldOfAction: { id: 'f', code: 'V', name: 'Verkehr', colour: '#1565c0' },
    leadOrgUnit: { id: 'o', code: '66', name: 'Tiefbauamt' },
    published: false,
    archived: false,
    updatedAt: '2026-05-01T10:00:00Z',
    version: 1,
  };
}

describe('MeasureList', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'massnahmen', component: MeasureList }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'de-DE' },
        materialDefaults,
      ],
    });
  });

  it('loads the page named in the URL and shows rows, badges and the total', async () => {
    const router = TestBed.inject(Router);
    const http = TestBed.inject(HttpTestingController);
    await router.navigateByUrl('/massnahmen?status=PLANNED,DELAYED&sort=code&page=2');
    const fixture = TestBed.createComponent(MeasureList);
    await fixture.whenStable();

    const request = http.expectOne((req) => req.url === '/api/v1/measures');
    expect(request.request.params.get('status')).toBe('PLANNED,DELAYED');
    expect(request.request.params.get('sort')).toBe('code');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('archived')).toBe('false');
    const page: Page<MeasureSummary> = { items: [summary(1), summary(2)], total: 1042, page: 2, pageSize: 20 };
    request.flush(page);
    http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
    await fixture.whenStable();

    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelectorAll('[data-testid="measure-row"]')).toHaveLength(2);
    expect(el.querySelector('[data-testid="measure-count"]')?.textContent).toContain('1.042 Maßnahmen');
    expect(el.querySelector('[data-testid="measure-row"]')?.textContent).toContain('im Plan');
    expect(el.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Kennung');
    expect(el.querySelector('[data-testid="new-measure"]')).toBeNull();
  });

  it('names the columns, the sort order and the count in English for an English user', async () => {
    loadTranslations(english);
    try {
      const router = TestBed.inject(Router);
      const http = TestBed.inject(HttpTestingController);
      await router.navigateByUrl('/massnahmen?sort=-updatedAt');
      const fixture = TestBed.createComponent(MeasureList);
      await fixture.whenStable();
      http.expectOne((req) => req.url === '/api/v1/measures').flush({ items: [summary(1)], total: 1042, page: 1, pageSize: 20 });
      http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
      await fixture.whenStable();

      const el = fixture.nativeElement as HTMLElement;
      const headers = [...el.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/[▲▼↕]/g, '').trim());
      expect(headers).toEqual(['Code', 'Title', 'Status', 'Assessment', 'Progress', 'Planned end', 'Updated']);
      // Numbers keep the German format in both languages.
      expect(el.querySelector('[data-testid="measure-count"]')?.textContent).toContain('1.042 measures');
      expect(el.querySelector('caption')?.textContent).toContain('Updated, descending');
    } finally {
      clearTranslations();
    }
  });
});
