import { EMAIL_STATES, EMAIL_STATE_LABELS, NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS } from './notifications';

describe('notification labels', () => {
  it.each([
    ['kinds', NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS],
    ['email states', EMAIL_STATES, EMAIL_STATE_LABELS],
  ] as const)('give every one of the %s a distinct German label', (_name, values, labels) => {
    const texts = values.map((v) => (labels as Record<string, string>)[v]);
    expect(texts.every((t) => typeof t === 'string' && t.trim().length > 0)).toBe(true);
    expect(new Set(texts).size).toBe(values.length);
  });
});
