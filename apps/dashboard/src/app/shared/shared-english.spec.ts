import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { clearTranslations, loadTranslations } from '@angular/localize';
import { PASSWORD_RULE_TEXT } from '@klimaschutz/contracts';
import { english } from '../../i18n/english';
import { formatYesNo } from './format';
import { PASSWORD_RULE } from './password-rule';
import type { ConflictState } from './edit-conflict';
import { validationMessage } from './validation-messages';

/*
 * The shared parts build some texts in code; for an English user they read English (German stays
 * the source and the default, which the other specs assert). Numbers and dates keep the German format.
 */
describe('shared texts for an English user', () => {
  beforeEach(() => loadTranslations(english));
  afterEach(() => clearTranslations());

  it('names the problem of a field in English, with German number formats', () => {
    expect(validationMessage({ required: true })).toBe('Please fill in this field.');
    expect(validationMessage({ maxlength: { requiredLength: 200 } })).toBe('Please enter at most 200 characters.');
    expect(validationMessage({ min: { min: 1250.5 } })).toBe('The value must not be less than 1.250,5.');
    expect(validationMessage({ germanDate: true })).toBe('This date cannot be read. Please enter it like this: 31.12.2026.');
    expect(validationMessage({ server: 'Der Titel ist schon vergeben.' })).toBe('Der Titel ist schon vergeben.');
    expect(formatYesNo(true)).toBe('yes');
    expect(formatYesNo(false)).toBe('no');
  });

  it('shows the save conflict in English', async () => {
    // Loaded after the translations: the component's texts are read when its module is evaluated.
    const { SaveConflict } = await import('./save-conflict');
    TestBed.configureTestingModule({ imports: [SaveConflict], providers: [{ provide: LOCALE_ID, useValue: 'de-DE' }] });
    const fixture = TestBed.createComponent(SaveConflict);
    const conflict: ConflictState = {
      changedBy: 'Dr. Lena Vogt',
      changedAt: '2026-03-01T13:05:00.000Z',
      changes: [{ field: 'title', label: 'Title', theirs: 'Radweg Süd', mine: 'Radweg Nord' }],
    };
    fixture.componentRef.setInput('conflict', conflict);
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toMatch(
      /Not saved: Dr\. Lena Vogt changed this entry on 01\.03\.2026, \d\d:05 after you opened the form\. Your input is still there\./,
    );
    expect(text).toContain('Title: now “Radweg Süd” – your input: “Radweg Nord”');
    expect(text).toContain('Save my input over the new version');
    expect(text).toContain('Take the other version (discard my input)');
    expect(text).not.toMatch(/Uhr|Nicht gespeichert|Eingaben/);
  });
});

describe('the password rule', () => {
  it('reads in German exactly as the API documents it', () => {
    expect(PASSWORD_RULE).toBe(PASSWORD_RULE_TEXT);
  });
});
