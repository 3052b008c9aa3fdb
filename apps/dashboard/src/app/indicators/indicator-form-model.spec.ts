import { FormBuilder } from '@angular/forms';
import type { Indicator } from '@klimaschutz/contracts';
import { createIndicatorForm, formValueFromIndicator, toIndicatorInput } from './indicator-form-model';

const indicator: Indicator = {
  id: 'i1',
  code: 'K-01',
  name: 'CO2-Emissionen',
  description: null,
  unit: 't CO2e/a',
  direction: 'DOWN',
  baselineYear: 2019,
  baselineValue: 412000.5,
  targetYear: 2040,
  targetValue: 0,
  fieldOfAction: null,
  measures: [{ id: 'm1', code: 'V-01', title: 'Radweg' }],
  latestValue: null,
  expectedAtLatest: null,
  onPath: null,
  version: 3,
  permissions: { edit: true, addValues: true },
};

describe('indicator form model', () => {
  it('fills the form from a Kennzahl and sends it back unchanged', () => {
    const form = createIndicatorForm(new FormBuilder().nonNullable);
    form.reset(formValueFromIndicator(indicator));
    expect(form.valid).toBe(true);
    expect(toIndicatorInput(form.getRawValue())).toEqual({
      code: 'K-01',
      name: 'CO2-Emissionen',
      description: null,
      unit: 't CO2e/a',
      direction: 'DOWN',
      baselineYear: 2019,
      baselineValue: 412000.5,
      targetYear: 2040,
      targetValue: 0,
      fieldOfActionId: null,
      measureIds: ['m1'],
    });
  });

  it('refuses years outside 1990–2100 and fractions of a year', () => {
    const form = createIndicatorForm(new FormBuilder().nonNullable);
    form.reset(formValueFromIndicator(indicator));
    form.controls.baselineYear.setValue(1989);
    form.controls.targetYear.setValue(2030.5);
    expect(form.controls.baselineYear.errors).toEqual({ min: { min: 1990, actual: 1989 } });
    expect(form.controls.targetYear.errors).toEqual({ integer: true });
  });
});
