import { envNameOf } from './jobs.service';
import { dateInBerlin } from '../common/date-time';

describe('job helpers', () => {
  it('puts a run shortly after midnight in Berlin on the Berlin day, not the UTC one', () => {
    expect(dateInBerlin(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(dateInBerlin(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(dateInBerlin(new Date('2026-07-01T22:01:00Z'))).toBe('2026-07-02');
  });

  it('names the environment variable that overrides a schedule', () => {
    expect(envNameOf('status-snapshot')).toBe('JOB_SCHEDULE_STATUS_SNAPSHOT');
  });
});
