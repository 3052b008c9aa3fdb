import type { DashboardSummary, EmissionOverview, SummaryBucket } from '@klimaschutz/contracts';

// Test data shared by the cockpit specs (not part of the app bundle: only specs import it).

const status = (over: Partial<DashboardSummary['measures']['byStatus']> = {}) => ({
  PLANNED: 0,
  IN_PROGRESS: 0,
  COMPLETED: 0,
  DELAYED: 0,
  ON_HOLD: 0,
  CANCELLED: 0,
  ...over,
});
const assessment = (over: Partial<DashboardSummary['measures']['byAssessment']> = {}) => ({
  ON_TRACK: 0,
  AT_RISK: 0,
  OFF_TRACK: 0,
  NOT_ASSESSED: 0,
  ...over,
});

export function bucket(id: string, code: string, name: string, over: Partial<SummaryBucket> = {}): SummaryBucket {
  return {
    id,
    code,
    name,
    total: 0,
    byStatus: status(),
    byAssessment: assessment(),
    ghg: { targetTPerYear: 0, achievedTPerYear: 0 },
    ...over,
  };
}

/** 40 measures: 12 delayed, 3 fields of action, 3 lead org units; a period with 30 expected reports. */
export function sampleSummary(): DashboardSummary {
  return {
    reportingPeriod: { id: 'p1', name: 'Sachstand 2026', dueDate: '2026-12-15', closed: false },
    assessmentsFromPeriod: true,
    asOf: '2026-11-24T09:15:00.000Z',
    measures: {
      total: 40,
      byStatus: status({ PLANNED: 6, IN_PROGRESS: 18, COMPLETED: 3, DELAYED: 12, ON_HOLD: 1 }),
      byAssessment: assessment({ ON_TRACK: 20, AT_RISK: 10, OFF_TRACK: 6, NOT_ASSESSED: 4 }),
      averageProgressPercent: 42.5,
    },
    byFieldOfAction: [
      bucket('f-v', 'V', 'Verkehr', {
        total: 20,
        byAssessment: assessment({ ON_TRACK: 8, AT_RISK: 6, OFF_TRACK: 4, NOT_ASSESSED: 2 }),
        ghg: { targetTPerYear: 3000, achievedTPerYear: 450.5 },
      }),
      bucket('f-e', 'E', 'Energie', {
        total: 20,
        byAssessment: assessment({ ON_TRACK: 12, AT_RISK: 4, OFF_TRACK: 2, NOT_ASSESSED: 2 }),
        ghg: { targetTPerYear: 1000, achievedTPerYear: 800 },
      }),
      bucket('f-a', 'A', 'Anpassung'),
    ],
    byOrgUnit: [
      bucket('o-66', '66', 'Amt für Mobilität', {
        total: 15,
        byAssessment: assessment({ ON_TRACK: 5, AT_RISK: 4, OFF_TRACK: 4, NOT_ASSESSED: 2 }),
      }),
      bucket('o-61', '61', 'Stadtplanungsamt', {
        total: 20,
        byAssessment: assessment({ ON_TRACK: 12, AT_RISK: 6, OFF_TRACK: 1, NOT_ASSESSED: 1 }),
      }),
      bucket('o-20', '20', 'Kämmerei', { total: 5, byAssessment: assessment({ ON_TRACK: 3, AT_RISK: 0, OFF_TRACK: 1, NOT_ASSESSED: 1 }) }),
    ],
    reports: { expected: 30, submitted: 14, accepted: 8, overdue: 7, inReview: 4, revisionRequested: 2, onTime: 11, late: 3, stale: 2 },
    ghg: { targetTPerYear: 4000, achievedTPerYear: 1250.5 },
    trainings: { planned: 0, held: 0, cancelled: 0, participants: 0 },
    consultations: { requested: 0, scheduled: 0, done: 0, declined: 0, effortHours: 0 },
    climateChecks: { draft: 0, submitted: 0, reviewed: 0, negative: 0 },
  };
}

/** The emissions overview of a Münster-like city (t CO2e): 2022 1,788 kt, 31.7 % below 1990, a path to 131 kt in 2030. */
export function sampleEmissionOverview(): EmissionOverview {
  const balance = [
    { year: 1990, tCo2e: 2_618_000 },
    { year: 2022, tCo2e: 1_788_000 },
  ];
  return {
    hasBalance: true,
    hasTargets: true,
    pathMode: 'POINTS',
    baseYear: 1990,
    baseT: 2_618_000,
    latestYear: 2022,
    latestT: 1_788_000,
    changeVsBaseT: -830_000,
    changeVsBasePercent: -31.7,
    pathAtLatestT: 1_234_000,
    gapT: 554_000,
    gapPercent: 44.9,
    targetYear: 2030,
    projectedT: 1_600_000,
    pathAtTargetYearT: 131_000,
    climateGapT: 1_469_000,
    climateGapPercent: 56.1,
    expectedReductionT: 188_000,
    achievedReductionT: 10_000,
    balance,
    path: [
      { year: 2022, tCo2e: 1_234_000 },
      { year: 2030, tCo2e: 131_000 },
    ],
    projection: [
      { year: 2022, tCo2e: 1_788_000 },
      { year: 2030, tCo2e: 1_600_000 },
    ],
    latestPerCapitaT: 5.6,
    latestTotalMismatch: false,
    unassignedReductionT: 0,
    sectors: [],
    budget: null,
  };
}
