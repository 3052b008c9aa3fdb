import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import type { Measure } from '@klimaschutz/contracts';
import { createMeasureForm, formValueFromMeasure, toMeasureCreate, toMeasureUpdate } from './measure-form-model';

const measure: Measure = {
  id: 'm1',
  code: 'V-03',
  title: 'Radverkehrsnetz ausbauen',
  summary: null,
  description: 'Lückenschluss im Radverkehrsnetz',
  goal: null,
  externalActors: null,
  targetGroup: null,
  priority: 'HIGH',
  status: 'IN_PROGRESS',
  assessment: 'AT_RISK',
  progressPercent: 40,
  plannedStart: '2026-01-01',
  plannedEnd: '2027-12-31',
  actualStart: null,
  actualEnd: null,
  costEstimateEur: 250000,
  fundingSource: 'Kommunalrichtlinie',
  ghgReductionTargetT: 120,
  ghgReductionAchievedT: null,
  responsibleContact: null,
  internalNotes: null,
  published: true,
  publicSummary: null,
  fieldOfAction: { id: 'f-v', code: 'V', name: 'Verkehr', colour: '#1565c0' },
  leadOrgUnit: { id: 'o-66', code: '66', name: 'Tiefbauamt' },
  participatingOrgUnits: [
    { id: 'o-61', code: '61', name: 'Stadtplanungsamt' },
    { id: 'o-32', code: '32', name: 'Ordnungsamt' },
  ],
  milestones: [],
  archived: false,
  createdAt: '2026-01-10T10:00:00Z',
  updatedAt: '2026-05-10T10:00:00Z',
  version: 7,
  permissions: { edit: true, editPublication: true, archive: true, manageMilestones: true },
};

describe('measure form model', () => {
  const form = () => TestBed.runInInjectionContext(() => createMeasureForm(TestBed.inject(NonNullableFormBuilder)));

  it('requires code, title, field of action and lead org unit', () => {
    const f = form();
    expect(f.controls.code.hasError('required')).toBe(true);
    expect(f.controls.title.hasError('required')).toBe(true);
    expect(f.controls.fieldOfActionId.hasError('required')).toBe(true);
    expect(f.controls.leadOrgUnitId.hasError('required')).toBe(true);
  });

  it('rejects an end before the start and progress beyond 100 %', () => {
    const f = form();
    f.patchValue({ plannedStart: '2027-05-01', plannedEnd: '2027-04-30', progressPercent: 101 });
    f.controls.plannedEnd.updateValueAndValidity();
    expect(f.controls.plannedEnd.hasError('endBeforeStart')).toBe(true);
    expect(f.controls.progressPercent.hasError('max')).toBe(true);
  });

  it('sends empty optional text as null on create', () => {
    const f = form();
    f.patchValue({ code: ' E-01 ', title: 'Solardächer', fieldOfActionId: 'f', leadOrgUnitId: 'o', goal: '   ' });
    const body = toMeasureCreate(f.getRawValue());
    expect(body.code).toBe('E-01');
    expect(body.goal).toBeNull();
    expect(body.plannedStart).toBeNull();
  });

  it('sends only changed fields plus the version that was read', () => {
    const initial = formValueFromMeasure(measure);
    const current = {
      ...initial,
      title: 'Radverkehrsnetz zügig ausbauen',
      participatingOrgUnitIds: ['o-32', 'o-61'], // same set, other order: no change
      goal: '',
    };
    expect(toMeasureUpdate(initial, current, measure.version)).toEqual({
      title: 'Radverkehrsnetz zügig ausbauen',
      version: 7,
    });
  });

  it('fills the form from a loaded measure', () => {
    const f = form();
    f.reset(formValueFromMeasure(measure));
    expect(f.valid).toBe(true);
    expect(f.controls.participatingOrgUnitIds.value).toEqual(['o-61', 'o-32']);
    expect(f.controls.summary.value).toBe('');
  });

  it('sends the GHG sector and lifetime the measure acts with: no sector as null, a lifetime in whole years from 1 to 100', () => {
    const initial = formValueFromMeasure({ ...measure, emissionSectorId: null, lifetimeYears: null });
    expect(initial.emissionSectorId).toBe('');
    expect(toMeasureCreate(initial).emissionSectorId).toBeNull();
    expect(toMeasureUpdate(initial, { ...initial, emissionSectorId: 's-verkehr', lifetimeYears: 20 }, 7)).toEqual({
      emissionSectorId: 's-verkehr',
      lifetimeYears: 20,
      version: 7,
    });
    const f = form();
    f.controls.lifetimeYears.setValue(0);
    expect(f.controls.lifetimeYears.hasError('min')).toBe(true);
    f.controls.lifetimeYears.setValue(2.5);
    expect(f.controls.lifetimeYears.valid).toBe(false);
  });
});
