import { auditFieldLabel, formatAuditValue, isReportEvent, type AuditLookup } from './audit-format';

const lookup: AuditLookup = {
  locale: 'de-DE',
  orgUnits: new Map([
    ['o-61', '61 – Stadtplanungsamt'],
    ['o-66', '66 – Tiefbauamt'],
  ]),
  fieldsOfAction: new Map([['f-v', 'V – Verkehr']]),
};

describe('change history formatting', () => {
  it('names fields in German', () => {
    expect(auditFieldLabel('ghgReductionTargetT', 'Measure')).toBe('THG-Minderungsziel (t CO2e/a)');
    expect(auditFieldLabel('dueDate', 'Milestone')).toBe('Fällig am');
    expect(auditFieldLabel('state', 'Milestone')).toBe('Status');
    expect(auditFieldLabel('unknownField', 'Measure')).toBe('unknownField');
  });

  it('shows labels instead of enum keys and names instead of ids', () => {
    expect(formatAuditValue('status', 'IN_PROGRESS', lookup)).toBe('in Umsetzung');
    expect(formatAuditValue('assessment', 'OFF_TRACK', lookup)).toBe('kritisch');
    expect(formatAuditValue('state', 'DONE', lookup)).toBe('erledigt');
    expect(formatAuditValue('leadOrgUnitId', 'o-66', lookup)).toBe('66 – Tiefbauamt');
    expect(formatAuditValue('participatingOrgUnitIds', ['o-61', 'o-66'], lookup)).toBe('61 – Stadtplanungsamt, 66 – Tiefbauamt');
    expect(formatAuditValue('fieldOfActionId', 'f-v', lookup)).toBe('V – Verkehr');
    expect(formatAuditValue('leadOrgUnit', { id: 'x', code: '20', name: 'Kämmerei' }, lookup)).toBe('20 – Kämmerei');
  });

  it('formats dates, money, percentages and flags the German way', () => {
    expect(formatAuditValue('plannedEnd', '2027-12-31', lookup)).toBe('31.12.2027');
    expect(formatAuditValue('costEstimateEur', 250000, lookup)).toBe('250.000 €');
    expect(formatAuditValue('progressPercent', 40, lookup)).toBe('40 %');
    expect(formatAuditValue('ghgReductionAchievedT', 1234.5, lookup)).toBe('1.234,5');
    expect(formatAuditValue('published', true, lookup)).toBe('ja');
    expect(formatAuditValue('goal', null, lookup)).toBe('–');
    expect(formatAuditValue('participatingOrgUnitIds', [], lookup)).toBe('–');
  });
});

describe('Sachstandsmeldungen in the change history of their measure', () => {
  it('recognises report events and names their fields and states in German', () => {
    expect(isReportEvent('progress_report')).toBe(true);
    expect(isReportEvent('milestone')).toBe(false);
    expect(auditFieldLabel('obstacles', 'progress_report')).toBe('Hemmnisse');
    expect(auditFieldLabel('state', 'progress_report')).toBe('Bearbeitungsstand');
    expect(auditFieldLabel('state', 'milestone')).toBe('Status');
    expect(formatAuditValue('state', 'REVISION_REQUESTED', lookup)).toBe('Überarbeitung angefordert');
    expect(formatAuditValue('state', 'OPEN', lookup)).toBe('offen');
    expect(formatAuditValue('orgUnitId', 'o-61', lookup)).toBe('61 – Stadtplanungsamt');
    expect(formatAuditValue('actualCostsEur', 12500, lookup)).toBe('12.500 €');
  });
});
