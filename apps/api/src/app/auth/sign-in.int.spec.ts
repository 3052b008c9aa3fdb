import type { SessionUser } from '@klimaschutz/contracts';
import { createHash } from 'node:crypto';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { bearer, createTestApp, DEMO, type TestApp } from '../../testing/test-app';
import { DEMO_PASSWORD } from '../seed/demo-city.data';
import { SessionEntity } from './session.entity';

/**
 * The reviewers' sign-in findings, each reproduced over HTTP: common passwords accepted, no way to
 * change one's own password, successful logins locking out a whole NAT, a spoofed X-Forwarded-For
 * escaping the limit, no idle timeout, failed logins not logged.
 */
describe('sign-in at ASVS level 2', () => {
  let t: TestApp;
  /** Every JSON line the app logged during requests, parsed (read from the request logger's stream). */
  const logged: Record<string, unknown>[] = [];
  let seq = 0;
  /** A fresh client address per test: TRUST_PROXY=loopback believes the test's X-Forwarded-For. */
  const nextAddress = () => `198.51.100.${++seq}`;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '10', TRUST_PROXY: 'loopback', CITY_NAME: 'Stadt Musterstadt' });
    // Started silent (as every test app); from here on, requests log at `info` as in production.
    PinoLogger.root.level = 'info';
    const stream = (PinoLogger.root as unknown as Record<symbol, { write: (line: string) => boolean }>)[pino.symbols.streamSym];
    jest.spyOn(stream, 'write').mockImplementation((data: string) => {
      for (const line of data.split('\n').filter(Boolean)) logged.push(JSON.parse(line));
      return true;
    });
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  const admin = () => bearer(t.tokens.admin);
  const login = (email: string, password: string, address: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });
  const userCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM users'))[0].n);
  const newUser = async (email: string, password = 'Laterne-Gießkanne-Zebra') => {
    const created = await t
      .http()
      .post('/api/v1/users')
      .set(admin())
      .send({ email, displayName: 'Paula Beispiel', role: 'EXECUTIVE', password });
    expect(created.status).toBe(201);
    return created.body as SessionUser;
  };

  describe('password policy', () => {
    it.each([
      ['passwordpassword', /Wiederholungen/],
      ['123456789012', /zu häufig verwendet/],
      ['Musterstadt2026!', /naheliegenden Wörtern wie „Klimaschutz“ oder dem Namen der Stadt/],
      ['Paula.Beispiel1990', /enthält Ihren Namen oder Ihre E-Mail-Adresse/],
    ])('refuses %s for a new user with 400 and the reason, and stores nothing', async (password, reason) => {
      const before = await userCount();
      const response = await t
        .http()
        .post('/api/v1/users')
        .set(admin())
        .send({ email: 'paula.beispiel@stadt.example', displayName: 'Paula Beispiel', role: 'EXECUTIVE', password });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.detail).toMatch(reason);
      expect(response.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(reason) }]);
      expect(await userCount()).toBe(before);
    });

    it('refuses a weak password when an admin resets one, and the old one keeps working', async () => {
      const user = await newUser('reset.policy@musterstadt.example');
      const reset = await t.http().patch(`/api/v1/users/${user.id}`).set(admin()).send({ password: 'passwort1234', version: user.version });
      expect(reset.status).toBe(400);
      expect(reset.body.detail).toMatch(/zu häufig verwendet/);
      expect((await login('reset.policy@musterstadt.example', 'Laterne-Gießkanne-Zebra', nextAddress())).status).toBe(200);
    });
  });

  describe('changing one’s own password', () => {
    const email = 'selbst.aendern@musterstadt.example';
    const first = 'Laterne-Gießkanne-Zebra';
    const second = 'Regenschirm-Walnuss-Trompete';

    it('POST /auth/me/password: wrong current password 400, weak new one 400 with the reason, nothing changes', async () => {
      await newUser(email, first);
      const token = (await login(email, first, nextAddress())).body.accessToken;
      const wrong = await t
        .http()
        .post('/api/v1/auth/me/password')
        .set(bearer(token))
        .send({ currentPassword: 'falsch-falsch-falsch', newPassword: second });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'Das aktuelle Passwort ist falsch.' }]);
      const weak = await t
        .http()
        .post('/api/v1/auth/me/password')
        .set(bearer(token))
        .send({ currentPassword: first, newPassword: '123456789012' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors).toEqual([{ field: 'newPassword', message: expect.stringMatching(/zu häufig verwendet/) }]);
      expect((await login(email, first, nextAddress())).status).toBe(200);
    });

    it('sets the new password, ends the user’s other sessions but keeps this one, and audits it', async () => {
      const address = nextAddress();
      const here = (await login(email, first, address)).body.accessToken;
      const elsewhere = (await login(email, first, address)).body.accessToken;
      const changed = await t
        .http()
        .post('/api/v1/auth/me/password')
        .set(bearer(here))
        .send({ currentPassword: first, newPassword: second });
      expect(changed.status).toBe(204);
      expect((await t.http().get('/api/v1/auth/me').set(bearer(here))).status).toBe(200);
      expect((await t.http().get('/api/v1/auth/me').set(bearer(elsewhere))).status).toBe(401);
      expect((await login(email, first, nextAddress())).status).toBe(401);
      expect((await login(email, second, nextAddress())).status).toBe(200);
      const me = (await t.http().get('/api/v1/auth/me').set(bearer(here))).body;
      const audit = (await t.http().get(`/api/v1/audit-events?entityType=user&entityId=${me.id}`).set(admin())).body.items;
      expect(audit.find((e: { action: string }) => e.action === 'UPDATE').changes).toEqual([
        { field: 'password', before: null, after: '(selbst geändert)' },
      ]);
    });

    it('counts a wrong current password like a failed login: the account waits after five', async () => {
      const token = (await login(email, second, nextAddress())).body.accessToken;
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        statuses.push(
          (
            await t
              .http()
              .post('/api/v1/auth/me/password')
              .set(bearer(token))
              .set('X-Forwarded-For', nextAddress())
              .send({ currentPassword: `falsch-${i}-falsch-falsch`, newPassword: first })
          ).status,
        );
      }
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
      const login6 = await login(email, second, nextAddress());
      expect(login6.status).toBe(429);
      expect(login6.body.detail).toMatch(/Zu viele fehlgeschlagene Anmeldungen für dieses Konto/);
    });
  });

  describe('limits', () => {
    it('lets 300 colleagues behind one NAT address sign in, and still limits that address’s failures', async () => {
      const nat = nextAddress();
      const accounts = Object.values(DEMO);
      const statuses: number[] = [];
      // Five at a time, as a morning at the town hall would bring them.
      for (let i = 0; i < 300; i += 5) {
        const batch = await Promise.all(accounts.map((email) => login(email, DEMO_PASSWORD, nat)));
        statuses.push(...batch.map((r) => r.status));
      }
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(statuses).toHaveLength(300);
      // A colleague's typo is just that; ten failures from the address (any accounts) and it waits. Sent at
      // once, so that all eleven fall into one window however slow the machine (each is counted before
      // its password is checked, so exactly one is refused whatever the order).
      const failures = await Promise.all(
        Array.from({ length: 11 }, (_, i) =>
          login(`tippfehler${i}@musterstadt.example`, 'falsch-falsch-falsch', nat).then((r) => r.status),
        ),
      );
      expect(failures.sort()).toEqual([...Array<number>(10).fill(401), 429]);
    }, 300_000);

    it('makes one account wait after five failures, from whatever addresses, without locking anyone else out', async () => {
      const victim = DEMO.executive;
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await login(victim, `geraten-${i}-geraten`, nextAddress())).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      // Even the right password waits: a guess during the wait would tell the attacker nothing new.
      const waiting = await login(victim, DEMO_PASSWORD, nextAddress());
      expect(waiting.status).toBe(429);
      expect(waiting.body.detail).toMatch(/Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Bitte warten Sie \d+ Sekunden/);
      expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(20);
      expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(30);
      expect((await login(DEMO.communication, DEMO_PASSWORD, nextAddress())).status).toBe(200);

      // A wait, not a lock: half a minute later the owner gets in, and the count starts again.
      const realNow = Date.now.bind(Date);
      jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 31_000);
      try {
        expect((await login(victim, DEMO_PASSWORD, nextAddress())).status).toBe(200);
        expect((await login(victim, 'noch-einmal-falsch', nextAddress())).status).toBe(401);
        expect((await login(victim, DEMO_PASSWORD, nextAddress())).status).toBe(200);
      } finally {
        (Date.now as jest.Mock).mockRestore();
      }
    });

    it('makes every further failure wait longer, up to 15 minutes', async () => {
      const realNow = Date.now.bind(Date);
      let offset = 0;
      const spy = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offset);
      const waits: number[] = [];
      try {
        for (let i = 0; i < 5; i++) await login('ziel@musterstadt.example', `falsch-${i}-falsch`, nextAddress());
        for (let i = 0; i < 7; i++) {
          const refused = await login('ziel@musterstadt.example', 'falsch-falsch-falsch', nextAddress());
          const wait = Number(refused.headers['retry-after']);
          waits.push(wait);
          offset += wait * 1000 + 1000;
          expect((await login('ziel@musterstadt.example', 'falsch-falsch-falsch', nextAddress())).status).toBe(401);
        }
      } finally {
        spy.mockRestore();
      }
      expect(waits.map((w) => Math.round(w / 30) * 30)).toEqual([30, 60, 120, 240, 480, 900, 900]);
    });
  });

  describe('idle timeout', () => {
    const lastSeen = (token: string) =>
      t.dataSource.getRepository(SessionEntity).findOneByOrFail({ tokenHash: createHash('sha256').update(token).digest('hex') });
    const setLastSeen = (id: string, minutesAgo: number) =>
      t.dataSource.getRepository(SessionEntity).update({ id }, { lastSeenAt: new Date(Date.now() - minutesAgo * 60_000) });

    it('does not count background polling as activity, but a request the user made', async () => {
      const token = await t.login('department');
      const session = await lastSeen(token);
      await setLastSeen(session.id, 10);
      const polled = await t.http().get('/api/v1/notifications/unread-count').set(bearer(token)).set('X-Ksc-Background', '1');
      expect(polled.status).toBe(200);
      const afterPoll = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: session.id });
      expect(Date.now() - afterPoll.lastSeenAt.getTime()).toBeGreaterThan(9 * 60_000);
      expect((await t.http().get('/api/v1/measures').set(bearer(token))).status).toBe(200);
      const afterUse = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: session.id });
      expect(Date.now() - afterUse.lastSeenAt.getTime()).toBeLessThan(60_000);
    });

    it('ends a session after 30 minutes without activity and says why', async () => {
      const token = await t.login('climateManager');
      await setLastSeen((await lastSeen(token)).id, 31);
      for (const request of [
        t.http().get('/api/v1/measures'),
        t.http().get('/api/v1/notifications/unread-count').set('X-Ksc-Background', '1'),
      ]) {
        const response = await request.set(bearer(token));
        expect(response.status).toBe(401);
        expect(response.body).toMatchObject({
          code: 'SESSION_IDLE',
          detail: 'Sie wurden nach 30 Minuten ohne Aktivität abgemeldet. Bitte melden Sie sich erneut an.',
        });
      }
    });

    it('keeps a session that was used 29 minutes ago', async () => {
      const token = await t.login('communication');
      await setLastSeen((await lastSeen(token)).id, 29);
      expect((await t.http().get('/api/v1/measures').set(bearer(token))).status).toBe(200);
    });
  });

  describe('security events in the log', () => {
    const events = (name: string) => logged.filter((line) => line['event'] === name);

    it('logs every failed login with its reason, the address and a pseudonym, never the password or the e-mail', async () => {
      logged.length = 0;
      const address = nextAddress();
      await login('niemand@musterstadt.example', 'Geheim-Passwort-1', address);
      await login(DEMO.admin, 'Geheim-Passwort-2', address);
      const failed = events('login_failed');
      expect(failed).toEqual([
        expect.objectContaining({ reason: 'unknown_account', client: address, account: expect.stringMatching(/^[0-9a-f]{16}$/) }),
        expect.objectContaining({
          reason: 'wrong_password',
          client: address,
          userId: expect.any(String),
          account: expect.stringMatching(/^[0-9a-f]{16}$/),
        }),
      ]);
      expect(failed.every((line) => line['level'] === 40)).toBe(true);
      const everything = JSON.stringify(logged);
      expect(everything).not.toMatch(/Geheim-Passwort|niemand@|admin@musterstadt|musterstadt\.example/);
    });

    it('logs limited attempts, successful logins and password changes', async () => {
      logged.length = 0;
      const address = nextAddress();
      for (let i = 0; i < 11; i++) await login(`versuch${i}@musterstadt.example`, 'Geheim-Passwort-3', address);
      expect(events('login_failed').map((line) => line['reason'])).toContain('address_limited');
      await login(DEMO.department, DEMO_PASSWORD, nextAddress());
      expect(events('login_succeeded')).toEqual([expect.objectContaining({ userId: expect.any(String) })]);

      await newUser('log.wechsel@musterstadt.example', 'Laterne-Gießkanne-Zebra');
      const session = (await login('log.wechsel@musterstadt.example', 'Laterne-Gießkanne-Zebra', nextAddress())).body.accessToken;
      await t
        .http()
        .post('/api/v1/auth/me/password')
        .set(bearer(session))
        .send({ currentPassword: 'Laterne-Gießkanne-Zebra', newPassword: 'Trompete-Walnuss-Regenschirm' });
      expect(events('password_changed')).toHaveLength(1);
      expect(JSON.stringify(logged)).not.toMatch(/Geheim-Passwort|Gießkanne|Trompete|log\.wechsel|@musterstadt/);
    });
  });
});

describe('TRUST_PROXY names the proxies: a client without one cannot spoof its address', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The proxy is 10.0.0.5; the test client (127.0.0.1) is not it, as a client reaching the app directly.
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '5', TRUST_PROXY: '10.0.0.5', SEED_DEMO: 'false' });
  });
  afterAll(() => t.close());

  it('answers 429 to a rotating X-Forwarded-For once the real address failed too often', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(
        (
          await t
            .http()
            .post('/api/v1/auth/login')
            .set('X-Forwarded-For', `203.0.113.${i + 1}`)
            .send({ email: `konto${i}@musterstadt.example`, password: 'geraten-123456' })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });
});
