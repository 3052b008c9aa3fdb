import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { OrgUnit } from '@klimaschutz/contracts';
import { OrgUnitDialog, type OrgUnitDialogData } from './org-unit-dialog';

const unit: OrgUnit = {
  id: 'ou-61',
  code: '61',
  name: 'Stadtplanungsamt',
  kind: 'FACHBEREICH',
  parentId: null,
  email: null,
  active: true,
  version: 4,
};

/** The org-unit dialog as an admin uses it: edit, save, and what a refused or stale save shows. */
describe('OrgUnitDialog', () => {
  let closed: OrgUnit[];

  async function open(data: OrgUnitDialogData) {
    closed = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (saved: OrgUnit) => closed.push(saved) } },
      ],
    });
    const fixture = TestBed.createComponent(OrgUnitDialog);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const http = TestBed.inject(HttpTestingController);
    const input = (testId: string) => el.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
    const type = (testId: string, value: string) => {
      input(testId).value = value;
      input(testId).dispatchEvent(new Event('input'));
    };
    const save = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="save"]')!.click();
      await fixture.whenStable();
    };
    return { fixture, el, http, type, save };
  }

  it('saves the changed unit with the version it read and closes with the answer', async () => {
    const { http, type, save } = await open({ unit, parentId: null, units: [unit] });
    type('org-unit-form-name', 'Amt für Stadtplanung');
    await save();
    const request = http.expectOne('/api/v1/org-units/ou-61');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({ name: 'Amt für Stadtplanung', version: 4 });
    request.flush({ ...unit, name: 'Amt für Stadtplanung', version: 5 });
    expect(closed.map((u) => u.version)).toEqual([5]);
  });

  it('sends nothing for invalid input', async () => {
    const { http, type, save, el } = await open({ unit: null, parentId: null, units: [] });
    type('org-unit-form-code', '');
    await save();
    http.expectNone('/api/v1/org-units');
    expect(el.querySelector('mat-error')?.textContent).toContain('Bitte eine Kennung angeben.');
  });

  it('a duplicate code is shown at its field; a stale version lists the other change and saves again over it', async () => {
    const { fixture, el, http, type, save } = await open({ unit, parentId: null, units: [unit] });
    type('org-unit-form-code', '62');
    await save();
    http.expectOne('/api/v1/org-units/ou-61').flush(
      {
        status: 409,
        title: 'Konflikt',
        detail: 'Kennung vergeben.',
        errors: [{ field: 'code', message: 'Die Kennung 62 ist schon vergeben.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(el.textContent).toContain('Die Kennung 62 ist schon vergeben.');
    expect(el.querySelector('[data-testid="save-conflict"]')).toBeNull();

    type('org-unit-form-code', '61.9');
    await save();
    http
      .expectOne('/api/v1/org-units/ou-61')
      .flush({ status: 409, title: 'Konflikt', detail: 'Veraltet.' }, { status: 409, statusText: 'Conflict' });
    const newer = { ...unit, name: 'Amt 61', version: 5 };
    http.expectOne({ method: 'GET', url: '/api/v1/org-units/ou-61' }).flush(newer);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="save-conflict"]')?.textContent).toContain('Name: jetzt „Amt 61“');

    el.querySelector<HTMLButtonElement>('[data-testid="conflict-keep-mine"]')!.click();
    await fixture.whenStable();
    const again = http.expectOne('/api/v1/org-units/ou-61');
    expect(again.request.body).toMatchObject({ code: '61.9', name: 'Amt 61', version: 5 });
  });
});
