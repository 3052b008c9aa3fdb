import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { GERMAN_INPUTS } from './german-input-directives';
import { validationMessage } from './validation-messages';

@Component({
  imports: [ReactiveFormsModule, ...GERMAN_INPUTS],
  template: `
    <input kscGermanNumber money [formControl]="cost" data-testid="cost" />
    <input kscGermanDate [formControl]="due" data-testid="due" />
  `,
})
class Host {
  readonly cost = new FormControl<number | null>(null, Validators.required);
  readonly due = new FormControl('', { nonNullable: true });
}

function setup() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const field = (id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = (id: string, text: string) => {
    field(id).value = text;
    field(id).dispatchEvent(new Event('input'));
    field(id).dispatchEvent(new Event('blur'));
    fixture.detectChanges();
  };
  return { host: fixture.componentInstance, field, type };
}

describe('German number and date fields', () => {
  it('hand the form the number a German reader sees and show it back German', () => {
    const { host, field, type } = setup();
    expect(field('cost').getAttribute('inputmode')).toBe('decimal');
    type('cost', '1250000,5');
    expect(host.cost.value).toBe(1250000.5);
    expect(host.cost.valid).toBe(true);
    expect(field('cost').value).toBe('1.250.000,50');
    host.cost.setValue(320.5);
    expect(field('cost').value).toBe('320,50');
  });

  it('leave unreadable text in the field, the control invalid, and name the reading problem first', () => {
    const { host, field, type } = setup();
    type('cost', '3,2,1');
    expect(field('cost').value).toBe('3,2,1');
    expect(host.cost.value).toBeNull();
    expect(validationMessage(host.cost.errors, 'Bitte Kosten angeben.')).toBe(
      'Diese Zahl ist nicht lesbar. Bitte so eingeben: 1.250.000,50 oder 320,5.',
    );
    type('cost', '');
    expect(validationMessage(host.cost.errors, 'Bitte Kosten angeben.')).toBe('Bitte Kosten angeben.');
  });

  it('read German and ISO dates into the API’s format', () => {
    const { host, field, type } = setup();
    type('due', '31.12.2026');
    expect(host.due.value).toBe('2026-12-31');
    type('due', '2027-01-15');
    expect(field('due').value).toBe('15.01.2027');
    type('due', '31.02.2026');
    expect([host.due.value, host.due.errors]).toEqual(['', { germanDate: true }]);
  });
});
