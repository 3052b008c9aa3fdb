import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { createTrainingForm, toTrainingInput } from './training-form-model';

describe('training form model', () => {
  const form = () => createTrainingForm(TestBed.inject(NonNullableFormBuilder));

  it('asks for a place in person and for an https link online', () => {
    const f = form();
    expect(f.controls.location.errors).toEqual({ required: true });
    expect(f.controls.onlineUrl.enabled).toBe(false);
    f.controls.format.setValue('ONLINE');
    expect(f.controls.location.enabled).toBe(false);
    expect(f.controls.onlineUrl.errors).toEqual({ required: true });
    f.controls.onlineUrl.setValue('http://meet.example/abc');
    expect(f.controls.onlineUrl.errors).toEqual({ https: true });
    f.controls.onlineUrl.setValue('https://meet.example/abc');
    expect(f.controls.onlineUrl.valid).toBe(true);
  });

  it('does not let a wrong link in the hidden online field block an in-person training', () => {
    const f = form();
    f.patchValue({ title: 'T', topic: 'OTHER', date: '2027-02-03', time: '09:00', trainer: 'X' });
    f.controls.format.setValue('ONLINE');
    f.controls.onlineUrl.setValue('http://not-https.example');
    f.controls.format.setValue('IN_PERSON');
    f.controls.location.setValue('Rathaus');
    expect(f.valid).toBe(true);
  });

  it('sends the start with offset and only the field that fits the format', () => {
    const f = form();
    f.patchValue({ title: 'Klimacheck in der Praxis', topic: 'CLIMATE_CHECK', date: '2027-02-03', time: '09:00', trainer: 'K. Muster' });
    f.controls.location.setValue('Rathaus, Raum 101');
    f.controls.onlineUrl.setValue('https://meet.example/x');
    const body = toTrainingInput(f.getRawValue());
    expect(body.startsAt).toMatch(/^2027-02-03T09:00:00[+-]\d{2}:\d{2}$/);
    expect(body.location).toBe('Rathaus, Raum 101');
    expect(body.onlineUrl).toBeNull();
    expect(body.capacity).toBeNull();
  });
});
