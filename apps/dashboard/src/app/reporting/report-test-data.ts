import type { ProgressReport } from '@klimaschutz/contracts';

/** A complete report for specs; override what the test is about. */
export function testReport(overrides: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: 'r1',
    measure: { id: 'm1', code: 'E-03', title: 'Windenergie-Vorranggebiete' },
    period: { id: 'p26', name: 'Sachstand 2026', startDate: '2026-01-01', endDate: '2026-12-31', dueDate: '2026-12-15', closed: false },
    orgUnit: { id: 'o61', code: '61', name: 'Stadtplanungsamt' },
    orgUnitRole: 'LEAD',
    author: { id: 'u1', displayName: 'Jonas Petersen' },
    state: 'SUBMITTED',
    revision: 1,
    supersedesId: null,
    supersededById: null,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    submittedAt: '2026-11-20T09:00:00.000Z',
    review: null,
    appliedToMeasure: false,
    version: 2,
    permissions: { edit: false, submit: false, revise: false, review: true },
    status: 'IN_PROGRESS',
    assessment: 'ON_TRACK',
    progressPercent: 40,
    text: 'Gutachten beauftragt.',
    obstacles: null,
    nextSteps: 'Auslegung vorbereiten.',
    milestonesReached: null,
    actualCostsEur: 10000,
    staffEffortHours: 120,
    ghgReductionAchievedT: null,
    ...overrides,
  };
}
