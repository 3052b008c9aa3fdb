import { ASSESSMENTS, MEASURE_STATUSES, ORG_UNIT_KINDS, PRIORITIES, ROLES } from './enums';
import {
  ASSESSMENT_COLOUR_WORDS,
  ASSESSMENT_LABELS,
  MEASURE_STATUS_LABELS,
  ORG_UNIT_KIND_LABELS,
  PRIORITY_LABELS,
  ROLE_LABELS,
} from './labels';

describe('German labels', () => {
  it.each([
    ['roles', ROLES, ROLE_LABELS],
    ['org unit kinds', ORG_UNIT_KINDS, ORG_UNIT_KIND_LABELS],
    ['statuses', MEASURE_STATUSES, MEASURE_STATUS_LABELS],
    ['assessments', ASSESSMENTS, ASSESSMENT_LABELS],
    ['assessment colours', ASSESSMENTS, ASSESSMENT_COLOUR_WORDS],
    ['priorities', PRIORITIES, PRIORITY_LABELS],
  ] as const)('give every one of the %s a distinct, non-empty German label', (_name, values, labels) => {
    const texts = values.map((v) => (labels as Record<string, string>)[v]);
    expect(texts.every((t) => typeof t === 'string' && t.trim().length > 0)).toBe(true);
    expect(new Set(texts).size).toBe(values.length);
  });
});
