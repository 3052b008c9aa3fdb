import { ConfigError, loadConfig } from './app.config';

describe('loadConfig', () => {
  it('starts with the embedded SQLite file and the demo city when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({ engine: 'sqlite', sqlitePath: './data/klimaschutz.sqlite' });
    expect(config.seedDemo).toBe(true);
    expect(config.smtpUrl).toBeNull();
  });

  it('switches to PostgreSQL when DATABASE_URL says so', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@localhost:5432/ksc' }).database.engine).toBe('postgres');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.de' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ INITIAL_ADMIN_EMAIL: 'a@b.de', INITIAL_ADMIN_PASSWORD: 'short' }, 'INITIAL_ADMIN_PASSWORD'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %j with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
