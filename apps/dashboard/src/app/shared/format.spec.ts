import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EMPTY_VALUE, formatCount, formatDecimal, formatEur, formatIsoDate, formatYesNo, todayIsoDate } from './format';
import { FormatDatePipe, FormatEurPipe, FormatNumberPipe } from './format-pipes';

describe('German formatting', () => {
  it('shows ISO dates as dd.MM.yyyy', () => {
    expect(formatIsoDate('2027-03-01', 'de-DE')).toBe('01.03.2027');
    expect(formatIsoDate('2026-12-31T09:15:00', 'de-DE')).toBe('31.12.2026');
  });

  it('shows a dash for missing values instead of an empty cell', () => {
    expect(formatIsoDate(null, 'de-DE')).toBe(EMPTY_VALUE);
    expect(formatDecimal(undefined, 'de-DE')).toBe(EMPTY_VALUE);
    expect(formatEur(null, 'de-DE')).toBe(EMPTY_VALUE);
    expect(formatYesNo(null)).toBe(EMPTY_VALUE);
  });

  it('uses a dot for thousands and a comma for decimals', () => {
    expect(formatDecimal(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatDecimal(1234.56, 'de-DE', 2)).toBe('1.234,56');
    expect(formatEur(12500, 'de-DE')).toBe('12.500 €');
    expect(formatEur(1250000.5, 'de-DE')).toBe('1.250.000,50 €');
  });

  it('counts in singular and plural', () => {
    expect(formatCount(1, 'Maßnahme', 'Maßnahmen', 'de-DE')).toBe('1 Maßnahme');
    expect(formatCount(2042, 'Maßnahme', 'Maßnahmen', 'de-DE')).toBe('2.042 Maßnahmen');
    expect(formatCount(0, 'Maßnahme', 'Maßnahmen', 'de-DE')).toBe('0 Maßnahmen');
  });

  it('gives today as the API date format', () => {
    expect(todayIsoDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });

  it('formats through the pipes with the configured LOCALE_ID', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'de-DE' }] });
    TestBed.runInInjectionContext(() => {
      expect(new FormatDatePipe().transform('2027-06-30')).toBe('30.06.2027');
      expect(new FormatNumberPipe().transform(98765.4)).toBe('98.765,4');
      expect(new FormatEurPipe().transform(1999.99)).toBe('1.999,99 €');
    });
  });
});
