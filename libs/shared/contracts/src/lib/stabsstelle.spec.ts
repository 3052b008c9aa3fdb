import {
  CLIMATE_CHECK_STATUSES,
  CLIMATE_CHECK_STATUS_LABELS,
  CLIMATE_CHECK_SUBJECT_TYPES,
  CLIMATE_CHECK_SUBJECT_TYPE_LABELS,
  CLIMATE_CRITERIA,
  CLIMATE_CRITERION_LABELS,
  CLIMATE_IMPACTS,
  CLIMATE_IMPACT_LABELS,
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_LABELS,
  CONSULTATION_STATUSES,
  CONSULTATION_STATUS_LABELS,
  TRAINING_FORMATS,
  TRAINING_FORMAT_LABELS,
  TRAINING_STATUSES,
  TRAINING_STATUS_LABELS,
  TRAINING_TOPICS,
  TRAINING_TOPIC_LABELS,
} from './stabsstelle';

describe('German labels of the Stabsstelle work', () => {
  it.each([
    ['training statuses', TRAINING_STATUSES, TRAINING_STATUS_LABELS],
    ['training formats', TRAINING_FORMATS, TRAINING_FORMAT_LABELS],
    ['training topics', TRAINING_TOPICS, TRAINING_TOPIC_LABELS],
    ['consultation categories', CONSULTATION_CATEGORIES, CONSULTATION_CATEGORY_LABELS],
    ['consultation statuses', CONSULTATION_STATUSES, CONSULTATION_STATUS_LABELS],
    ['climate check subject types', CLIMATE_CHECK_SUBJECT_TYPES, CLIMATE_CHECK_SUBJECT_TYPE_LABELS],
    ['climate check statuses', CLIMATE_CHECK_STATUSES, CLIMATE_CHECK_STATUS_LABELS],
    ['climate criteria', CLIMATE_CRITERIA, CLIMATE_CRITERION_LABELS],
    ['climate impacts', CLIMATE_IMPACTS, CLIMATE_IMPACT_LABELS],
  ] as const)('give every one of the %s a distinct, non-empty German label', (_name, values, labels) => {
    const texts = values.map((v) => (labels as Record<string, string>)[v]);
    expect(texts.every((t) => typeof t === 'string' && t.trim().length > 0)).toBe(true);
    expect(new Set(texts).size).toBe(values.length);
  });
});
