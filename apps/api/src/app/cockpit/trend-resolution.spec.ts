import { defaultResolution, lastPerBucket } from './snapshot.service';

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ day: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10) }));

describe('trend resolution', () => {
  it('shows a quarter day by day, a year week by week and longer spans month by month', () => {
    expect(defaultResolution('2026-01-01', '2026-04-01')).toBe('day');
    expect(defaultResolution('2025-11-24', '2026-11-24')).toBe('week');
    expect(defaultResolution('2023-01-01', '2026-11-24')).toBe('month');
  });

  it('keeps the last day of each ISO week, Monday to Sunday, and always the latest day', () => {
    // 2026-11-02 is a Monday; 18 days reach Thursday 2026-11-19.
    const kept = lastPerBucket(days('2026-11-02', 18), 'week').map((p) => p.day);
    expect(kept).toEqual(['2026-11-08', '2026-11-15', '2026-11-19']);
  });

  it('keeps the last day of each month, across a year boundary and with gaps', () => {
    const points = [{ day: '2025-12-01' }, { day: '2025-12-31' }, { day: '2026-01-05' }, { day: '2026-03-02' }, { day: '2026-03-09' }];
    expect(lastPerBucket(points, 'month').map((p) => p.day)).toEqual(['2025-12-31', '2026-01-05', '2026-03-09']);
    expect(lastPerBucket(points, 'day')).toEqual(points);
  });
});
