import type { DashboardAttention, OrgUnitTimeliness, TrendPoint } from '@klimaschutz/contracts';
import {
  attentionFinding,
  fieldOfActionFinding,
  ghgFinding,
  orgUnitFinding,
  statusFinding,
  timelinessByOrgUnitFinding,
  timelinessFinding,
  trendFinding,
} from './cockpit-findings';
import { sampleSummary } from './testing-fixtures';

const de = 'de-DE';

function point(day: string, progress: number): TrendPoint {
  return {
    day,
    total: 10,
    averageProgressPercent: progress,
    byStatus: { PLANNED: 10, IN_PROGRESS: 0, COMPLETED: 0, DELAYED: 0, ON_HOLD: 0, CANCELLED: 0 },
    byAssessment: { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NOT_ASSESSED: 10 },
    ghg: { targetTPerYear: 0, achievedTPerYear: 0 },
  };
}

describe('cockpit findings', () => {
  it('says how many measures are delayed, out of how many', () => {
    expect(statusFinding(sampleSummary(), de)).toBe('12 von 40 Maßnahmen sind verzögert; 18 in Umsetzung, 3 umgesetzt.');
    const one = sampleSummary();
    one.measures.byStatus.DELAYED = 1;
    expect(statusFinding(one, de)).toMatch(/^1 von 40 Maßnahmen ist verzögert/);
    const none = sampleSummary();
    none.measures.total = 0;
    expect(statusFinding(none, de)).toBe('Für diese Auswahl gibt es keine Maßnahmen.');
  });

  it('names the traffic lights and the field of action with the most need for action', () => {
    expect(fieldOfActionFinding(sampleSummary(), de)).toBe(
      '20 von 40 Maßnahmen sind im Plan, 10 gefährdet und 6 kritisch; am dringlichsten: Verkehr (4 kritisch, 6 gefährdet).',
    );
  });

  it('names the lead org unit with the most critical or endangered measures', () => {
    expect(orgUnitFinding(sampleSummary(), de)).toBe(
      '3 von 3 federführenden Stellen haben kritische oder gefährdete Maßnahmen; am dringlichsten: 66 Amt für Mobilität (4 kritisch, 4 gefährdet von 15 Maßnahmen).',
    );
  });

  it('puts the GHG reduction achieved against the target, in German number format', () => {
    expect(ghgFinding(sampleSummary(), de)).toBe('Erreicht sind 1.250,5 von 4.000 t CO₂e pro Jahr – 31 % des Minderungsziels.');
    const noTarget = sampleSummary();
    noTarget.ghg = { targetTPerYear: 0, achievedTPerYear: 0 };
    expect(ghgFinding(noTarget, de)).toBe('Für diese Auswahl ist kein THG-Minderungsziel hinterlegt.');
  });

  it('says how many expected reports are overdue, and by when they were due', () => {
    expect(timelinessFinding(sampleSummary(), de)).toBe(
      '7 von 30 erwarteten Sachstandsmeldungen für „Sachstand 2026“ sind überfällig; 11 kamen fristgerecht, 3 verspätet, 9 sind noch nicht fällig (Frist: 15.12.2026).',
    );
    const noPeriod = sampleSummary();
    noPeriod.reportingPeriod = null;
    expect(timelinessFinding(noPeriod, de)).toBe('Es ist noch kein Berichtszeitraum angelegt.');
  });

  it('names the org units that are late with their reports', () => {
    const unit = (code: string, overdue: number) => ({ orgUnit: { id: code, code, name: `Amt ${code}` }, overdue }) as OrgUnitTimeliness;
    expect(timelinessByOrgUnitFinding([unit('10', 1), unit('66', 3), unit('20', 0)], de)).toBe(
      '2 Stellen sind mit Meldungen im Verzug; am meisten überfällig: 66 Amt 66 (3), 10 Amt 10 (1).',
    );
    expect(timelinessByOrgUnitFinding([unit('20', 0)], de)).toBe('Keine federführende Stelle ist mit ihren Sachstandsmeldungen im Verzug.');
  });

  it('describes the trend, and says so honestly when there are few snapshots', () => {
    expect(trendFinding([], de)).toMatch(/noch kein Tagesstand/);
    expect(trendFinding([point('2026-11-24', 42.5)], de)).toBe(
      'Bisher gibt es nur einen Tagesstand (24.11.2026): durchschnittlicher Fortschritt 42,5 %. Der Verlauf entsteht mit jedem weiteren Tag.',
    );
    expect(trendFinding([point('2026-11-20', 40), point('2026-11-24', 42.5)], de)).toBe(
      'Seit dem 20.11.2026 stieg der durchschnittliche Fortschritt von 40 % auf 42,5 %. Bisher gibt es erst 2 Tagesstände.',
    );
    expect(trendFinding([point('2026-11-20', 40), point('2026-11-24', 40)], de)).toContain(
      'blieb der durchschnittliche Fortschritt bei 40 %',
    );
  });

  it('sums up why measures need attention', () => {
    const attention: DashboardAttention = {
      reportingPeriod: null,
      total: 9,
      counts: { OFF_TRACK: 6, DELAYED: 0, REPORT_OVERDUE: 1, STALE: 2, MILESTONE_OVERDUE: 3 },
      items: [],
    };
    expect(attentionFinding(attention, de)).toBe(
      '9 Maßnahmen brauchen Aufmerksamkeit: 6 kritisch (Ampel rot), 1 mit überfälliger Sachstandsmeldung, 2 seit zwei Zeiträumen ohne angenommene Meldung, 3 mit überfälligen Meilensteinen.',
    );
    expect(attentionFinding({ ...attention, total: 0 }, de)).toBe('Keine Maßnahme ist kritisch, verzögert oder mit Meldungen im Verzug.');
  });
});
