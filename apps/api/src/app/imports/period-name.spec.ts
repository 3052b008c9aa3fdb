import fc from 'fast-check';
import { periodSpanFromName } from './period-name';

/** Words around the years, without digits (a period name's usual text). */
const words = fc.constantFrom('', 'Sachstand ', 'Berichtszeitraum ', 'Klimaschutzbericht ', 'Zwischenbericht ');
const tail = fc.constantFrom('', ' (Entwurf)', ' – Rat', ' Fortschreibung');
const year = fc.integer({ min: 1950, max: 2150 });

describe('period names: the dates an import reads from them', () => {
  it('reads a range of two four-digit years as 1 January to 31 December', () => {
    fc.assert(
      fc.property(
        words,
        year,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('/', '-', '–', ' bis '),
        tail,
        (before, from, length, separator, after) => {
          const to = from + length;
          expect(periodSpanFromName(`${before}${from}${separator}${to}${after}`)).toEqual({
            startDate: `${from}-01-01`,
            endDate: `${to}-12-31`,
            rule: 'Jahre',
          });
        },
      ),
    );
  });

  it("reads a second year of two digits in the first year's century, across a century too", () => {
    fc.assert(
      fc.property(words, year, fc.integer({ min: 0, max: 6 }), tail, (before, from, length, after) => {
        const to = from + length;
        const short = String(to % 100).padStart(2, '0');
        expect(periodSpanFromName(`${before}${from}/${short}${after}`)).toEqual({
          startDate: `${from}-01-01`,
          endDate: `${to}-12-31`,
          rule: 'Jahre',
        });
      }),
    );
    // The reviewers' case: "2016" must not be read as "20".
    expect(periodSpanFromName('Sachstand 2015/2016')).toEqual({ startDate: '2015-01-01', endDate: '2016-12-31', rule: 'Jahre' });
    expect(periodSpanFromName('Sachstand 1999/00')?.endDate).toBe('2000-12-31');
  });

  it('reads quarters and half-years in their usual German spellings', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 4 }), (y, q) => {
        const end = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' }[q];
        const expected = { startDate: `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`, endDate: `${y}-${end}`, rule: 'Quartal' };
        for (const name of [`Q${q} ${y}`, `${q}. Quartal ${y}`, `Quartal ${q}/${y}`, `Sachstand q${q}/${y}`])
          expect(periodSpanFromName(name)).toEqual(expected);
      }),
    );
    expect(periodSpanFromName('2. Halbjahr 2026')).toEqual({ startDate: '2026-07-01', endDate: '2026-12-31', rule: 'Halbjahr' });
    expect(periodSpanFromName('H1 2027')).toEqual({ startDate: '2027-01-01', endDate: '2027-06-30', rule: 'Halbjahr' });
  });

  it('reads one year as that calendar year, and nothing from names without a plausible year or with a backward range', () => {
    fc.assert(
      fc.property(words, year, tail, (before, y, after) =>
        expect(periodSpanFromName(`${before}${y}${after}`)).toEqual({ startDate: `${y}-01-01`, endDate: `${y}-12-31`, rule: 'Jahr' }),
      ),
    );
    for (const name of ['Sachstand', 'Bericht 12345', 'Sachstand 2016/2015', 'Nr. 0815', 'Sachstand 20/21'])
      expect(periodSpanFromName(name)).toBeNull();
  });

  it('never reads an end before the start, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.stringMatching(/^[\d/ .QH–-]{0,14}$/), (text, digits) => {
        const found = periodSpanFromName(`${text}${digits}`);
        if (found) expect(found.endDate >= found.startDate).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
