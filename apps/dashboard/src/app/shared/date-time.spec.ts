import { isoToLocalParts, localToIsoWithOffset } from './date-time';

describe('local date + time ↔ ISO with offset', () => {
  it('adds the offset of the local zone on that day', () => {
    const iso = localToIsoWithOffset('2026-12-03', '09:30');
    expect(iso).toMatch(/^2026-12-03T09:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso as string).getTime()).toBe(new Date('2026-12-03T09:30:00').getTime());
  });

  it('refuses incomplete input', () => {
    expect(localToIsoWithOffset('', '09:00')).toBeNull();
    expect(localToIsoWithOffset('2026-12-03', '')).toBeNull();
    expect(localToIsoWithOffset('03.12.2026', '9:00')).toBeNull();
  });

  it('round-trips through the input values', () => {
    const iso = localToIsoWithOffset('2027-07-01', '14:05') as string;
    expect(isoToLocalParts(iso)).toEqual({ date: '2027-07-01', time: '14:05' });
    expect(isoToLocalParts(null)).toEqual({ date: '', time: '' });
  });
});
