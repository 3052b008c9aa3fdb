import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { Measure, User } from '@klimaschutz/contracts';
import { createReportForm, formValueFromReport, isReadyToSubmit, mayReportOn, toReportFields, toReportUpdate } from './report-form-model';
import { testReport } from './report-test-data';

const measure = {
  leadOrgUnit: { id: 'o61', code: '61', name: 'Stadtplanungsamt' },
  participatingOrgUnits: [{ id: 'o66', code: '66', name: 'Tiefbauamt' }],
  archived: false,
} satisfies Pick<Measure, 'leadOrgUnit' | 'participatingOrgUnits' | 'archived'>;

const user = (role: User['role'], orgUnitId: string | null): Pick<User, 'role' | 'orgUnit'> => ({
  role,
  orgUnit: orgUnitId ? { id: orgUnitId, code: orgUnitId, name: orgUnitId } : null,
});

describe('report form model', () => {
  it('round-trips a report and sends empty text as null', () => {
    const value = formValueFromReport(testReport({ obstacles: null }));
    expect(value.obstacles).toBe('');
    const fields = toReportFields({ ...value, text: '  Neu  ', nextSteps: '   ' });
    expect(fields.text).toBe('Neu');
    expect(fields.nextSteps).toBeNull();
    expect(fields.obstacles).toBeNull();
  });

  it('sends only the changed fields with the version that was read', () => {
    const initial = formValueFromReport(testReport());
    expect(toReportUpdate(initial, { ...initial }, 3)).toEqual({ version: 3 });
    expect(toReportUpdate(initial, { ...initial, progressPercent: 60, text: 'Gutachten beauftragt. ' }, 3)).toEqual({
      progressPercent: 60,
      version: 3,
    });
    expect(toReportUpdate(initial, { ...initial, actualCostsEur: null }, 3)).toEqual({ actualCostsEur: null, version: 3 });
  });

  it('requires a Sachstand only for submission', () => {
    const value = formValueFromReport(testReport({ text: null }));
    expect(isReadyToSubmit(value)).toBe(false);
    expect(isReadyToSubmit({ ...value, text: '   ' })).toBe(false);
    expect(isReadyToSubmit({ ...value, text: 'Läuft.' })).toBe(true);
  });

  it('validates progress as a whole percentage and amounts as not negative', () => {
    const form = createReportForm(TestBed.inject(NonNullableFormBuilder));
    form.controls.progressPercent.setValue(101);
    expect(form.controls.progressPercent.errors).toHaveProperty('max');
    form.controls.progressPercent.setValue(12.5);
    expect(form.controls.progressPercent.errors).toHaveProperty('integer');
    form.controls.actualCostsEur.setValue(-1);
    expect(form.controls.actualCostsEur.errors).toHaveProperty('min');
  });

  it('offers reporting to departments of the lead or a participating unit and to climate managers', () => {
    expect(mayReportOn(user('DEPARTMENT', 'o61'), measure)).toBe(true);
    expect(mayReportOn(user('DEPARTMENT', 'o66'), measure)).toBe(true);
    expect(mayReportOn(user('DEPARTMENT', 'o20'), measure)).toBe(false);
    expect(mayReportOn(user('DEPARTMENT', null), measure)).toBe(false);
    expect(mayReportOn(user('CLIMATE_MANAGER', null), measure)).toBe(true);
    expect(mayReportOn(user('EXECUTIVE', 'o61'), measure)).toBe(false);
    expect(mayReportOn(user('CLIMATE_MANAGER', null), { ...measure, archived: true })).toBe(false);
    expect(mayReportOn(null, measure)).toBe(false);
  });
});
