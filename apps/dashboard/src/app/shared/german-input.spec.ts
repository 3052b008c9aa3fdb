import fc from 'fast-check';
import { formatGermanDate, formatGermanNumber, parseGermanDate, parseGermanNumber, parseGermanTime } from './german-input';

const value = (text: string) => {
  const parsed = parseGermanNumber(text);
  return parsed.ok ? parsed.value : 'refused';
};

/** A German number written the way people type it, and the same number as JavaScript reads it. */
const germanNumberText = fc
  .record({
    negative: fc.boolean(),
    whole: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    grouped: fc.boolean(),
    fraction: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
  })
  .map(({ negative, whole, grouped, fraction }) => {
    const digits = whole.toString();
    const wholeText = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : digits;
    return {
      german: `${negative ? '-' : ''}${wholeText}${fraction ? `,${fraction}` : ''}`,
      js: `${negative ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}`,
    };
  });

describe('parseGermanNumber', () => {
  it('reads the ways Germans write numbers', () => {
    expect(value('1.250.000,50')).toBe(1250000.5);
    expect(value('1250000,50')).toBe(1250000.5);
    expect(value('320,5')).toBe(320.5);
    expect(value('-5')).toBe(-5);
    expect(value('0,5')).toBe(0.5);
    expect(value('1.250')).toBe(1250);
    expect(value(' 12 500 ')).toBe(12500);
    expect(value('−3,25')).toBe(-3.25);
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('refuses what it cannot read instead of guessing', () => {
    for (const text of [
      '3,2,1',
      '1.25.0',
      'abc',
      '1e5',
      '320.5',
      '1,250.00',
      ',5',
      '5,',
      '1..000',
      '.5',
      '--5',
      '12.34',
      '0x10',
      'Infinity',
      '1.000.00',
    ]) {
      expect([text, value(text)]).toEqual([text, 'refused']);
    }
  });

  it('reads every German-written number as the number it names', () => {
    fc.assert(
      fc.property(germanNumberText, ({ german, js }) => {
        expect(value(german)).toBe(Number(js) === 0 ? 0 : Number(js));
      }),
    );
  });

  it('reads back what it formats, for every amount of money in cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (cents) => {
        const amount = cents / 100;
        expect(value(formatGermanNumber(amount, { money: true }))).toBe(amount);
      }),
    );
  });

  it('never throws and answers a finite number, nothing, or a refusal', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-+ eE abc\u2212') }), (text) => {
        const parsed = parseGermanNumber(text);
        if (parsed.ok && parsed.value !== null) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });

  it('refuses any text with a letter in it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: fc.constantFrom(...'abcdefxyzäöüE'), minLength: 1 }), fc.string(), (a, letters, b) => {
        expect(parseGermanNumber(a + letters + b).ok).toBe(false);
      }),
    );
  });
});

describe('formatGermanNumber', () => {
  it('writes German separators; money shows cents as two digits', () => {
    expect(formatGermanNumber(1250000.5, { money: true })).toBe('1.250.000,50');
    expect(formatGermanNumber(12500, { money: true })).toBe('12.500');
    expect(formatGermanNumber(320.5)).toBe('320,5');
    expect(formatGermanNumber(-5)).toBe('-5');
    expect(formatGermanNumber(2030, { plain: true })).toBe('2030');
    expect(formatGermanNumber(null)).toBe('');
  });
});

describe('parseGermanDate', () => {
  const date = (text: string) => {
    const parsed = parseGermanDate(text);
    return parsed.ok ? parsed.value : 'refused';
  };

  it('reads German dates and the ISO dates a date picker or paste gives', () => {
    expect(date('31.12.2026')).toBe('2026-12-31');
    expect(date('1.2.2026')).toBe('2026-02-01');
    expect(date('29.02.2028')).toBe('2028-02-29');
    expect(date('2026-12-31')).toBe('2026-12-31');
    expect(date('')).toBeNull();
  });

  it('refuses days that do not exist and formats it cannot read', () => {
    for (const text of [
      '31.02.2026',
      '29.02.2027',
      '32.01.2026',
      '00.01.2026',
      '1.13.2026',
      '31.12.26',
      '12/31/2026',
      '2026-2-3',
      'morgen',
      '31.12.2026x',
    ]) {
      expect([text, date(text)]).toEqual([text, 'refused']);
    }
  });

  it('reads back every day it writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(date(formatGermanDate(iso))).toBe(iso);
      }),
    );
  });
});

describe('parseGermanTime', () => {
  it('reads 24-hour times and refuses others', () => {
    const time = (text: string) => {
      const parsed = parseGermanTime(text);
      return parsed.ok ? parsed.value : 'refused';
    };
    expect(time('9:05')).toBe('09:05');
    expect(time('14.30')).toBe('14:30');
    expect(time('9 Uhr')).toBe('09:00');
    expect(time('24:00')).toBe('refused');
    expect(time('9:5')).toBe('refused');
    expect(time('9:05 PM')).toBe('refused');
  });
});
