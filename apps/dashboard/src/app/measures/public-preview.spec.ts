import type { Measure } from '@klimaschutz/contracts';
import { toPublicPreview } from './public-preview';

const measure = {
  id: 'm1',
  code: 'V-03',
  title: 'Radwege am Ring',
  status: 'IN_PROGRESS',
  progressPercent: 40,
  fieldOfAction: { id: 'f1', code: 'V', name: 'Verkehr', colour: '#1565c0' },
  leadOrgUnit: { id: 'o1', code: '66', name: 'Tiefbauamt' },
  plannedStart: '2026-01-01',
  plannedEnd: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
  internalNotes: 'nur intern',
  costEstimateEur: 120000,
} as unknown as Measure;

describe('toPublicPreview', () => {
  it('shows exactly the public fields, with the summary as typed', () => {
    const preview = toPublicPreview(measure, '  Sichere Radwege.  ', 'tiefbau@musterstadt.example');
    expect(preview).toEqual({
      id: 'm1',
      code: 'V-03',
      title: 'Radwege am Ring',
      publicSummary: 'Sichere Radwege.',
      status: 'IN_PROGRESS',
      progressPercent: 40,
      fieldOfAction: { id: 'f1', code: 'V', name: 'Verkehr', colour: '#1565c0' },
      responsibleDepartment: { name: 'Tiefbauamt', email: 'tiefbau@musterstadt.example' },
      plannedStart: '2026-01-01',
      plannedEnd: null,
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(JSON.stringify(preview)).not.toContain('nur intern');
  });

  it('treats a blank summary as none', () => {
    expect(toPublicPreview(measure, '   ', null).publicSummary).toBeNull();
  });
});
