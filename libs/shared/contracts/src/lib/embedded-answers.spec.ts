import fc from 'fast-check';
import { apiAnswerKey } from './embedded-answers';

/** How Angular's HttpParams write a value (HttpUrlEncodingCodec): encodeURIComponent, some characters left readable. */
function angularEncode(value: string): string {
  return encodeURIComponent(value)
    .replace(/%40/gi, '@')
    .replace(/%3A/gi, ':')
    .replace(/%24/gi, '$')
    .replace(/%2C/gi, ',')
    .replace(/%3B/gi, ';')
    .replace(/%3D/gi, '=')
    .replace(/%3F/gi, '?')
    .replace(/%2F/gi, '/');
}

const params = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,11}$/), fc.string({ unit: 'grapheme', minLength: 1 })), {
  selector: ([name]) => name,
  maxLength: 6,
});

describe('apiAnswerKey', () => {
  it('names a request the same however the dashboard and the server wrote it (order, encoding)', () => {
    fc.assert(
      fc.property(params, fc.infiniteStream(fc.nat()), (entries, random) => {
        const shuffled = [...entries].sort(() => (random.next().value % 3) - 1);
        const byServer = `/api/v1/dashboard/summary?${new URLSearchParams(entries).toString()}`;
        const byDashboard = `/api/v1/dashboard/summary?${shuffled.map(([k, v]) => `${k}=${angularEncode(v)}`).join('&')}`;
        expect(apiAnswerKey(byDashboard)).toBe(apiAnswerKey(byServer));
      }),
    );
  });

  it('tells different requests apart', () => {
    expect(apiAnswerKey('/api/v1/dashboard/attention?limit=100')).not.toBe(apiAnswerKey('/api/v1/dashboard/attention?limit=10'));
    expect(apiAnswerKey('/api/v1/org-units?pageSize=500')).not.toBe(apiAnswerKey('/api/v1/org-units'));
    expect(apiAnswerKey('/api/v1/auth/me')).toBe('/api/v1/auth/me');
    expect(apiAnswerKey('/api/v1/x?b=2&a=1')).toBe('/api/v1/x?a=1&b=2');
  });
});
