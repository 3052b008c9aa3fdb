import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { createClimateCheckForm, toClimateCheckInput } from './climate-check-form-model';

describe('Klimacheck form model', () => {
  const form = () => createClimateCheckForm(TestBed.inject(NonNullableFormBuilder));

  it('requires a reason only for a NEGATIVE rating, and re-checks when the rating changes', () => {
    const f = form();
    const ghg = f.controls.criteria.controls.GHG_EMISSIONS;
    ghg.controls.impact.setValue('NEUTRAL');
    expect(ghg.controls.reason.valid).toBe(true);
    ghg.controls.impact.setValue('NEGATIVE');
    expect(ghg.controls.reason.errors).toEqual({ required: true });
    ghg.controls.reason.setValue('   ');
    expect(ghg.controls.reason.valid).toBe(false);
    ghg.controls.reason.setValue('Mehr Lkw-Verkehr während der Bauzeit');
    expect(ghg.controls.reason.valid).toBe(true);
  });

  it('builds the request body: null for empty texts, cleared criteria, quick check as boolean', () => {
    const f = form();
    f.patchValue({ subjectType: 'PROCUREMENT', title: ' Dienstwagen ', climateRelevant: 'true', orgUnitId: 'ou-1' });
    f.controls.criteria.controls.MOBILITY.setValue({ impact: 'NEGATIVE', reason: ' Verbrenner ' });
    const body = toClimateCheckInput(f.getRawValue(), false);
    expect(body.title).toBe('Dienstwagen');
    expect(body.reference).toBeNull();
    expect(body.climateRelevant).toBe(true);
    expect(body.criteria?.MOBILITY).toEqual({ impact: 'NEGATIVE', reason: 'Verbrenner' });
    expect(body.criteria?.GHG_EMISSIONS).toBeNull();
    expect('orgUnitId' in body).toBe(false);
    expect(toClimateCheckInput(f.getRawValue(), true).orgUnitId).toBe('ou-1');
  });
});
