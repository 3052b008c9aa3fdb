import fc from 'fast-check';
import { EditConflict, isStaleVersion, mergeInput, otherChanges } from './edit-conflict';

interface Value {
  title: string;
  cost: number | null;
  end: string;
  units: string[];
  published: boolean;
}

const started: Value = { title: 'Radweg', cost: 1000, end: '2026-12-31', units: ['a'], published: false };
const labels = { title: 'Titel', cost: 'Kosten', end: 'Ende', units: 'Beteiligte', published: 'Veröffentlicht' };

describe('edit conflict', () => {
  it('lists what the other person changed, and the user’s own differing input beside it', () => {
    const mine = { ...started, title: 'Radweg Nord', cost: 1500 };
    const theirs = { ...started, title: 'Radweg Süd', end: '2027-06-30', units: ['b', 'a'] };
    expect(
      otherChanges(started, mine, theirs, { labels, display: (f, v) => (f === 'units' ? (v as string[]).join(' + ') : undefined) }),
    ).toEqual([
      { field: 'title', label: 'Titel', theirs: 'Radweg Süd', mine: 'Radweg Nord' },
      { field: 'end', label: 'Ende', theirs: '30.06.2027', mine: null },
      { field: 'units', label: 'Beteiligte', theirs: 'b + a', mine: null },
    ]);
  });

  it('keeps every field the user changed and takes the other person’s value everywhere else', () => {
    const mine = { ...started, title: 'Radweg Nord', cost: 1500 };
    const theirs = { ...started, title: 'Radweg Süd', end: '2027-06-30', published: true };
    expect(mergeInput(started, mine, theirs)).toEqual({ ...theirs, title: 'Radweg Nord', cost: 1500 });
  });

  it('never loses a field the user changed, whatever the other person did', () => {
    const value = fc.record({
      title: fc.string(),
      cost: fc.option(fc.integer(), { nil: null }),
      end: fc.constantFrom('', '2026-01-01', '2027-01-01'),
      units: fc.subarray(['a', 'b', 'c']),
      published: fc.boolean(),
    });
    fc.assert(
      fc.property(value, value, value, (start, mine, theirs) => {
        const merged = mergeInput(start, mine, theirs);
        for (const key of Object.keys(start) as (keyof Value)[]) {
          const userChanged = JSON.stringify(start[key]) !== JSON.stringify(mine[key]);
          expect(merged[key]).toEqual(userChanged ? mine[key] : theirs[key]);
        }
      }),
    );
  });

  it('hands back the stored record and either the merged input or the other version', () => {
    const conflict = new EditConflict<{ version: number }, Value>({ labels });
    const mine = { ...started, title: 'Mein Titel' };
    const theirs = { ...started, cost: 2000 };
    conflict.show({ version: 3 }, theirs, started, mine, { changedBy: 'Kim Beispiel' });
    expect(conflict.state()?.changedBy).toBe('Kim Beispiel');
    expect(conflict.state()?.changes).toEqual([{ field: 'cost', label: 'Kosten', theirs: '2.000', mine: null }]);
    // Typed while the message was shown: counts too.
    const later = { ...mine, end: '2028-01-01' };
    expect(conflict.resolve(true, later)).toEqual({
      record: { version: 3 },
      started: theirs,
      value: { ...theirs, title: 'Mein Titel', end: '2028-01-01' },
    });
    expect(conflict.state()).toBeNull();
    conflict.show({ version: 4 }, theirs, started, mine);
    expect(conflict.resolve(false, mine)?.value).toEqual(theirs);
  });

  it('tells a stale version from a duplicate code', () => {
    expect(isStaleVersion({ status: 409, title: 'Conflict', detail: 'geändert' })).toBe(true);
    expect(isStaleVersion({ status: 409, title: 'Conflict', detail: 'x', errors: [{ field: 'code', message: 'vergeben' }] })).toBe(false);
    expect(isStaleVersion({ status: 400, title: 'Bad', detail: 'x' })).toBe(false);
  });
});
