import { ConfigError, loadConfig } from './app.config';

describe('loadConfig', () => {
  it('starts with the embedded SQLite file and the demo city when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({ engine: 'sqlite', sqlitePath: './data/klimaschutz.sqlite' });
    expect(config.seedDemo).toBe(true);
    expect(config.smtpUrl).toBeNull();
    expect(config.mail).toEqual({ from: 'Klimaschutz-Cockpit <klimaschutz@localhost>', retryDelaysMs: [1000, 5000, 25000] });
    expect(config.reminderDaysBefore).toEqual([14, 3]);
    expect(config.cityName).toBeNull();
    expect(config.sqliteCheckpointWorker).toBe(true);
    expect(loadConfig({ SQLITE_CHECKPOINT_WORKER: 'false' }).sqliteCheckpointWorker).toBe(false);
  });

  it('reads the sender, the reminder days (largest first) and the mail retry delays', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://mail.musterstadt.example:25',
      SMTP_FROM: 'Stabsstelle Klimaschutz <klimaschutz@musterstadt.example>',
      REMINDER_DAYS_BEFORE: ' 3, 14 ,0',
      MAIL_RETRY_DELAYS_MS: '10,20',
    });
    expect(config.smtpUrl).toBe('smtp://mail.musterstadt.example:25');
    expect(config.mail).toEqual({ from: 'Stabsstelle Klimaschutz <klimaschutz@musterstadt.example>', retryDelaysMs: [10, 20] });
    expect(config.reminderDaysBefore).toEqual([14, 3, 0]);
    expect(loadConfig({ SMTP_FROM: 'noreply@musterstadt.example' }).mail.from).toBe('noreply@musterstadt.example');
  });

  it('seeds the demo city by default only for an address on this machine, and never for https', () => {
    expect(loadConfig({ PUBLIC_URL: 'http://127.0.0.1:3000' }).seedDemo).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'http://[::1]:3000' }).seedDemo).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://klimaschutz.musterstadt.de' }).seedDemo).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'http://ksc.intranet.musterstadt.de:3000' }).seedDemo).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'http://localhost.musterstadt.de' }).seedDemo).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'http://127.0.0.1.nip.io' }).seedDemo).toBe(false);
    // Asked for by name on a test server of the city's intranet: its administrators decided so.
    expect(loadConfig({ SEED_DEMO: 'true', PUBLIC_URL: 'http://ksc-test.intranet:3000' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(() => loadConfig({ SEED_DEMO: 'true', PUBLIC_URL: 'https://klimaschutz.musterstadt.de' })).toThrow(
      /SEED_DEMO=true is refused for PUBLIC_URL https:\/\/klimaschutz\.musterstadt\.de.*INITIAL_ADMIN_EMAIL/,
    );
  });

  it('refuses a common INITIAL_ADMIN_PASSWORD with the policy’s reason, and takes a strong one', () => {
    expect(() => loadConfig({ INITIAL_ADMIN_EMAIL: 'it@musterstadt.example', INITIAL_ADMIN_PASSWORD: '123456789012' })).toThrow(
      /INITIAL_ADMIN_PASSWORD is refused by the password policy: Das Passwort wird zu häufig verwendet/,
    );
    expect(() =>
      loadConfig({
        INITIAL_ADMIN_EMAIL: 'it@musterstadt.example',
        INITIAL_ADMIN_PASSWORD: 'Musterstadt-2026!',
        CITY_NAME: 'Stadt Musterstadt',
      }),
    ).toThrow(/INITIAL_ADMIN_PASSWORD/);
    expect(
      loadConfig({ INITIAL_ADMIN_EMAIL: 'it@musterstadt.example', INITIAL_ADMIN_PASSWORD: 'Laterne-Gießkanne-Zebra' }).initialAdmin?.email,
    ).toBe('it@musterstadt.example');
  });

  it('trusts only the proxies named in TRUST_PROXY, and says what to write instead of true', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.5,10.0.1.0/24,fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.5',
      '10.0.1.0/24',
      'fd00::/8',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=loopback .*TRUST_PROXY=10\.0\.0\.5/);
  });

  it('ends idle sessions after 30 minutes unless SESSION_IDLE_MINUTES says otherwise', () => {
    expect(loadConfig({}).sessionIdleMinutes).toBe(30);
    expect(loadConfig({ SESSION_IDLE_MINUTES: '60' }).sessionIdleMinutes).toBe(60);
  });

  it('keeps personal data for periods a data-protection officer would accept, unless told otherwise', () => {
    expect(loadConfig({}).retention).toEqual({
      feedbackDays: 180,
      historyNamesDays: 365,
      loginsDays: 180,
      notificationsDays: 90,
      emailLogDays: 30,
      trainingNamesDays: 365,
    });
    expect(loadConfig({}).feedback).toEqual({ perHour: 5, minSeconds: 3, formMinutes: 120 });
    expect(loadConfig({ RETENTION_FEEDBACK_DAYS: '30', FEEDBACK_PER_HOUR: '2' })).toMatchObject({
      retention: { feedbackDays: 30 },
      feedback: { perHour: 2 },
    });
  });

  it('switches to PostgreSQL when DATABASE_URL says so', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/ksc' }).database.engine).toBe('postgres');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ PUBLIC_URL: 'https://' }, 'PUBLIC_URL'],
    [{ SQLITE_CHECKPOINT_WORKER: 'vielleicht' }, 'SQLITE_CHECKPOINT_WORKER'],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.de' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.de', INITIAL_ADMIN_PASSWORD: 'short' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.de', INITIAL_ADMIN_PASSWORD: 'passwordpassword' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.de', INITIAL_ADMIN_PASSWORD: '123456789012' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '1' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.5, proxy.intern' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SMTP_FROM: 'Klimaschutz-Cockpit' }, 'SMTP_FROM'],
    [{ CITY_NAME: 'Stadt\nMusterstadt' }, 'CITY_NAME'],
    [{ SMTP_FROM: 'a@b.de, c@d.de' }, 'SMTP_FROM'],
    [{ REMINDER_DAYS_BEFORE: '14;3' }, 'REMINDER_DAYS_BEFORE'],
    [{ REMINDER_DAYS_BEFORE: '14,-1' }, 'REMINDER_DAYS_BEFORE'],
    [{ REMINDER_DAYS_BEFORE: '14,,3' }, 'REMINDER_DAYS_BEFORE'],
    [{ REMINDER_DAYS_BEFORE: '3,3' }, 'REMINDER_DAYS_BEFORE'],
    [{ REMINDER_DAYS_BEFORE: '1.5' }, 'REMINDER_DAYS_BEFORE'],
    [{ MAIL_RETRY_DELAYS_MS: '1s,5s' }, 'MAIL_RETRY_DELAYS_MS'],
    [{ MAIL_RETRY_DELAYS_MS: '1000,9999999' }, 'MAIL_RETRY_DELAYS_MS'],
    [{ PAGE_ANSWERS_WAIT_MS: '-1' }, 'PAGE_ANSWERS_WAIT_MS'],
    [{ PAGE_ANSWERS_WAIT_MS: 'kurz' }, 'PAGE_ANSWERS_WAIT_MS'],
    [{ RETENTION_FEEDBACK_DAYS: '0' }, 'RETENTION_FEEDBACK_DAYS'],
    [{ RETENTION_HISTORY_NAMES_DAYS: 'ein Jahr' }, 'RETENTION_HISTORY_NAMES_DAYS'],
    [{ RETENTION_LOGINS_DAYS: '-5' }, 'RETENTION_LOGINS_DAYS'],
    [{ RETENTION_NOTIFICATIONS_DAYS: '20' }, 'RETENTION_NOTIFICATIONS_DAYS'],
    [{ RETENTION_NOTIFICATIONS_DAYS: '60', REMINDER_DAYS_BEFORE: '60' }, 'RETENTION_NOTIFICATIONS_DAYS'],
    [{ RETENTION_EMAIL_LOG_DAYS: '1.5' }, 'RETENTION_EMAIL_LOG_DAYS'],
    [{ RETENTION_TRAINING_NAMES_DAYS: '99999' }, 'RETENTION_TRAINING_NAMES_DAYS'],
    [{ FEEDBACK_PER_HOUR: '0' }, 'FEEDBACK_PER_HOUR'],
    [{ FEEDBACK_MIN_SECONDS: 'drei' }, 'FEEDBACK_MIN_SECONDS'],
    [{ FEEDBACK_FORM_MINUTES: '1' }, 'FEEDBACK_FORM_MINUTES'],
  ])('refuses %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
