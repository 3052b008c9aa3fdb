import { createTwoTestApps, DEMO, TestApp } from '../../testing/test-app';
import { DEMO_PASSWORD } from '../seed/demo-city.data';
import { DatabaseThrottlerStorage } from './database-throttler-storage';
import { ThrottleCounterEntity } from './throttle-counter.entity';

const LIMIT = 6;
const ATTACKER = '203.0.113.7';
const COLLEAGUE = '198.51.100.20';

describe('login rate limit with two API instances on one database (behind a load balancer)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    // TRUST_PROXY: the instances read the client address from X-Forwarded-For, as behind a load balancer.
    // B signs no one in at start: A's five logins from 127.0.0.1 already count for both.
    [a, b] = await createTwoTestApps({ LOGIN_ATTEMPTS_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'loopback' }, { SEED_DEMO: 'false' });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await b.close();
    await a.close();
  });

  // Failed guesses at different accounts, so that only the per-address limit can answer 429 (one account has its own backoff).
  let guess = 0;
  const attempt = (instance: TestApp, address: string, password = 'geraten-123456', email = `konto${guess++}@musterstadt.example`) =>
    instance.http().post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });

  it('answers 429 once the attempts on both instances together reach the limit; another address still logs in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await attempt(i % 2 ? b : a, ATTACKER)).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429, 429]);

    // Blocked on every instance, even with the right password, with the German message and a Retry-After.
    for (const instance of [a, b]) {
      const blocked = await attempt(instance, ATTACKER, DEMO_PASSWORD, DEMO.admin);
      expect(blocked.status).toBe(429);
      expect(blocked.body.detail).toBe('Zu viele Anmeldeversuche. Bitte warten Sie eine Minute.');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    }
    expect((await attempt(b, COLLEAGUE, DEMO_PASSWORD, DEMO.admin)).status).toBe(200);
    expect((await attempt(a, COLLEAGUE, DEMO_PASSWORD, DEMO.admin)).status).toBe(200);

    // The database counts addresses without holding one.
    const counters = await a.dataSource.getRepository(ThrottleCounterEntity).find();
    expect(counters.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(counters)).not.toMatch(/203\.0\.113|198\.51\.100|127\.0\.0\.1/);
  });

  it('lets the blocked address in again a minute later, on either instance', async () => {
    const realNow = Date.now.bind(Date);
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 61_000);
    expect((await attempt(b, ATTACKER)).status).toBe(401);
    expect((await attempt(a, ATTACKER, DEMO_PASSWORD, DEMO.admin)).status).toBe(200);
    jest.restoreAllMocks();
  });

  it('counts parallel attempts on both instances exactly: no hit lost, exactly the limit let through', async () => {
    const storages = [a, b].map((t) => t.app.get(DatabaseThrottlerStorage));
    const counted = await Promise.all(
      Array.from({ length: 40 }, (_, i) => storages[i % 2].increment('parallel', 60_000, 1000, 60_000, 'login')),
    );
    expect(counted.map((r) => r.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const limited = await Promise.all(
      Array.from({ length: 30 }, (_, i) => storages[i % 2].increment('parallel-limited', 60_000, 10, 60_000, 'login')),
    );
    expect(limited.filter((r) => !r.isBlocked)).toHaveLength(10);
    expect((await storages[1].increment('parallel-limited', 60_000, 10, 60_000, 'login')).isBlocked).toBe(true);
  });
});
