import { registerAs } from '@nestjs/config';
import { isIP } from 'node:net';
import { passwordProblem } from '../auth/password-policy';

export type DatabaseEngine = 'sqlite' | 'postgres';

export interface AppConfig {
  port: number;
  /** SIGTERM: the process ends within this time, whatever its connections (requests in flight finish first if they can). */
  shutdownTimeoutMs: number;
  /** Absolute URL under which users reach the app; used in emails and printed at start. */
  publicUrl: string;
  database: { engine: DatabaseEngine; url: string; sqlitePath: string | null; logging: boolean };
  /**
   * Seed the demo city into an empty database. `SEED_DEMO=auto` (default) means: only when the app is
   * reached on this machine (PUBLIC_URL on localhost), so a real installation never gets the demo
   * accounts by accident; `true` asks for it on any http address, never on https.
   */
  seedDemo: boolean;
  /** PUBLIC_URL names this machine (localhost, 127.0.0.0/8, ::1): a laptop, not an installation others reach. */
  localOnly: boolean;
  initialAdmin: { email: string; password: string } | null;
  smtpUrl: string | null;
  mail: {
    /** Sender of every email, e.g. `Klimaschutz-Cockpit <klimaschutz@musterstadt.de>`. */
    from: string;
    /** Waits before each retry after a temporary SMTP failure; attempts = 1 + its length. */
    retryDelaysMs: number[];
  };
  /** Reminders go out this many days before a due date (reports and milestones), largest first. */
  reminderDaysBefore: number[];
  sessionTtlHours: number;
  /** A session without a request the user made for this long ends (background polling does not count). */
  sessionIdleMinutes: number;
  loginAttemptsPerMinute: number;
  publicRequestsPerMinute: number;
  corsOrigins: string[];
  dashboardDir: string | null;
  logLevel: string;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses, CIDR ranges or `loopback`,
   * `linklocal`, `uniquelocal`, as Express' `trust proxy` takes them); false = none.
   */
  trustProxy: string[] | false;
  /** Off in tests and for CLI runs: jobs then run only on demand. */
  schedulerEnabled: boolean;
  /** SQLite: fold the write-ahead log back in a worker thread rather than inside a request's COMMIT. */
  sqliteCheckpointWorker: boolean;
  /** The city's name as printed on the council report's title page, e.g. `Stadt Musterstadt`. */
  cityName: string | null;
  /** How long a page's HTML waits for the API answers embedded into it; 0 = embed none. */
  pageAnswersWaitMs: number;
  /** Days after which the `personal-data-retention` job removes personal data (README "Personal data"). */
  retention: {
    /** Citizens' feedback, counted from when it was closed. */
    feedbackDays: number;
    /** Names and e-mail addresses written into the change history (actor snapshots, account changes). */
    historyNamesDays: number;
    /** Login times: the login events of the history and each account's last login. */
    loginsDays: number;
    /** Notifications, counted from when they were read. */
    notificationsDays: number;
    /** Error answers of mail servers kept with each e-mail's delivery state. */
    emailLogDays: number;
    /** Participant names of trainings, counted from the training's start. */
    trainingNamesDays: number;
  };
  /** Spam limits of the public feedback form, without any third-party service. */
  feedback: {
    perHour: number;
    /** A form sent sooner than this after it was shown is refused (people need longer to write). */
    minSeconds: number;
    /** How long a shown form stays valid. */
    formMinutes: number;
  };
}

export class ConfigError extends Error {}

const bool = (name: string, raw: string | undefined, fallback: boolean): boolean => {
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes|ja)$/i.test(raw)) return true;
  if (/^(false|0|no|nein)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be "true" or "false", got "${raw}"`);
};

const int = (name: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
};

export function parseDatabaseUrl(raw: string | undefined): AppConfig['database'] {
  const url = raw && raw.trim() !== '' ? raw.trim() : 'sqlite:./data/klimaschutz.sqlite';
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new ConfigError('DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./data/klimaschutz.sqlite');
    return { engine: 'sqlite', url, sqlitePath: path, logging: false };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid postgres:// URL');
    }
    return { engine: 'postgres', url, sqlitePath: null, logging: false };
  }
  throw new ConfigError('DATABASE_URL must start with "sqlite:" or "postgres://"');
}

/** A comma-separated list of whole numbers, e.g. `14,3`; empty means the fallback. */
const intList = (name: string, raw: string | undefined, fallback: number[], min: number, max: number): number[] => {
  if (raw === undefined || raw.trim() === '') return fallback;
  const parts = raw.split(',').map((p) => p.trim());
  const values = parts.map(Number);
  if (parts.some((p) => p === '') || values.some((v) => !Number.isInteger(v) || v < min || v > max)) {
    throw new ConfigError(`${name} must be a comma-separated list of whole numbers from ${min} to ${max}, got "${raw}"`);
  }
  return values;
};

/** `Name <address>` or a bare address, as an email's From header. */
const SENDER = /^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

/** Hosts that only this machine can reach. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

/** SEED_DEMO against PUBLIC_URL: see AppConfig.seedDemo. */
function demoSeeding(raw: string | undefined, publicUrl: string, localOnly: boolean): boolean {
  const value = raw?.trim().toLowerCase() || 'auto';
  if (value === 'auto') return localOnly;
  const wanted = bool('SEED_DEMO', raw, false);
  if (wanted && publicUrl.startsWith('https://')) {
    throw new ConfigError(
      `SEED_DEMO=true is refused for PUBLIC_URL ${publicUrl}: the demo city's five accounts, one of them an administrator, ` +
        'share the password published in the README, and an https address is a real installation. ' +
        'Set SEED_DEMO=false and create the first administrator with INITIAL_ADMIN_EMAIL and INITIAL_ADMIN_PASSWORD, ' +
        'or try the demo on http://localhost.',
    );
  }
  return wanted;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const TRUST_PROXY_HINT =
  'name the proxies instead: TRUST_PROXY=loopback for a proxy on this machine, or their addresses, e.g. TRUST_PROXY=10.0.0.5,10.0.1.0/24';

/** A CIDR range or a single address. */
function isAddressOrRange(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies may tell the client's address. `true` or a hop count would believe any client that
 * reaches the app directly and sends its own X-Forwarded-For: a new address per request, no limit.
 */
export function parseTrustProxy(raw: string | undefined): string[] | false {
  const value = raw?.trim() ?? '';
  if (value === '' || /^(false|0|no|nein)$/i.test(value)) return false;
  if (/^(true|yes|ja)$/i.test(value)) {
    throw new ConfigError(
      `TRUST_PROXY=${value} would believe every client's X-Forwarded-For (anyone could claim a new address per request and escape the login limit); ${TRUST_PROXY_HINT}`,
    );
  }
  if (/^\d+$/.test(value)) {
    throw new ConfigError(`TRUST_PROXY=${value}: a hop count believes clients that reach the app directly; ${TRUST_PROXY_HINT}`);
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrRange(entry));
  if (wrong !== undefined)
    throw new ConfigError(`TRUST_PROXY: "${wrong}" is no address, CIDR range or one of ${PROXY_NAMES.join(', ')}; ${TRUST_PROXY_HINT}`);
  return entries;
}

/** Reads and validates the environment once; a wrong value stops the start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = int('PORT', env['PORT'], 3000, 1, 65535);
  const adminEmail = env['INITIAL_ADMIN_EMAIL']?.trim();
  const adminPassword = env['INITIAL_ADMIN_PASSWORD'];
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError('INITIAL_ADMIN_EMAIL and INITIAL_ADMIN_PASSWORD must be set together');
  }
  if (adminEmail && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) {
    throw new ConfigError('INITIAL_ADMIN_EMAIL is not an email address');
  }
  const smtpUrl = env['SMTP_URL']?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  }
  const mailFrom = env['SMTP_FROM']?.trim() || 'Klimaschutz-Cockpit <klimaschutz@localhost>';
  if (!SENDER.test(mailFrom)) {
    throw new ConfigError('SMTP_FROM must be an email address, optionally with a name: "Klimaschutz-Cockpit <klimaschutz@example.org>"');
  }
  const reminderDaysBefore = intList('REMINDER_DAYS_BEFORE', env['REMINDER_DAYS_BEFORE'], [14, 3], 0, 365);
  if (new Set(reminderDaysBefore).size !== reminderDaysBefore.length) {
    throw new ConfigError(`REMINDER_DAYS_BEFORE must not name a day twice, got "${env['REMINDER_DAYS_BEFORE']}"`);
  }
  const publicUrl = (env['PUBLIC_URL']?.trim() || `http://localhost:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\/[^/]/.test(publicUrl) || !URL.canParse(publicUrl))
    throw new ConfigError('PUBLIC_URL must be an address starting with http:// or https://');
  const localOnly = isLoopbackUrl(publicUrl);
  const logLevel = env['LOG_LEVEL']?.trim() || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
  }
  const cityName = env['CITY_NAME']?.trim() || null;
  // eslint-disable-next-line no-control-regex
  if (cityName && (cityName.length > 100 || /[\u0000-\u001f]/.test(cityName))) {
    throw new ConfigError('CITY_NAME must be one line of at most 100 characters');
  }
  // The first admin's password meets the same policy as every other (the demo seed's published one is no account of a real city).
  const adminPasswordProblem = adminPassword
    ? passwordProblem(adminPassword, { email: adminEmail, displayName: 'Administrator', cityName })
    : null;
  if (adminPasswordProblem) {
    throw new ConfigError(`INITIAL_ADMIN_PASSWORD is refused by the password policy: ${adminPasswordProblem}`);
  }
  const sortedReminders = [...reminderDaysBefore].sort((a, b) => b - a);
  const notificationsDays = int('RETENTION_NOTIFICATIONS_DAYS', env['RETENTION_NOTIFICATIONS_DAYS'], 90, 1, 3650);
  // A reminder deleted while its job still looks at its deadline would be sent again.
  const reminderWindow = (sortedReminders[0] ?? 0) + 7;
  if (notificationsDays <= reminderWindow) {
    throw new ConfigError(
      `RETENTION_NOTIFICATIONS_DAYS must be more than ${reminderWindow} (the longest reminder of REMINDER_DAYS_BEFORE plus 7 days), got "${notificationsDays}"`,
    );
  }
  const database = parseDatabaseUrl(env['DATABASE_URL']);
  database.logging = bool('DATABASE_LOGGING', env['DATABASE_LOGGING'], false);
  return {
    port,
    publicUrl,
    database,
    seedDemo: demoSeeding(env['SEED_DEMO'], publicUrl, localOnly),
    localOnly,
    initialAdmin: adminEmail && adminPassword ? { email: adminEmail.toLowerCase(), password: adminPassword } : null,
    smtpUrl,
    mail: {
      from: mailFrom,
      retryDelaysMs: intList('MAIL_RETRY_DELAYS_MS', env['MAIL_RETRY_DELAYS_MS'], [1000, 5000, 25000], 0, 600_000),
    },
    reminderDaysBefore: sortedReminders,
    sessionTtlHours: int('SESSION_TTL_HOURS', env['SESSION_TTL_HOURS'], 12, 1, 24 * 30),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', env['SESSION_IDLE_MINUTES'], 30, 5, 24 * 60),
    loginAttemptsPerMinute: int('LOGIN_ATTEMPTS_PER_MINUTE', env['LOGIN_ATTEMPTS_PER_MINUTE'], 10, 1, 100000),
    publicRequestsPerMinute: int('PUBLIC_REQUESTS_PER_MINUTE', env['PUBLIC_REQUESTS_PER_MINUTE'], 300, 1, 1000000),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    dashboardDir: env['DASHBOARD_DIR']?.trim() || null,
    logLevel,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    schedulerEnabled: bool('SCHEDULER_ENABLED', env['SCHEDULER_ENABLED'], true),
    sqliteCheckpointWorker: bool('SQLITE_CHECKPOINT_WORKER', env['SQLITE_CHECKPOINT_WORKER'], true),
    cityName,
    pageAnswersWaitMs: int('PAGE_ANSWERS_WAIT_MS', env['PAGE_ANSWERS_WAIT_MS'], 250, 0, 10_000),
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', env['SHUTDOWN_TIMEOUT_MS'], 10_000, 1000, 600_000),
    retention: {
      feedbackDays: int('RETENTION_FEEDBACK_DAYS', env['RETENTION_FEEDBACK_DAYS'], 180, 1, 3650),
      historyNamesDays: int('RETENTION_HISTORY_NAMES_DAYS', env['RETENTION_HISTORY_NAMES_DAYS'], 365, 1, 3650),
      loginsDays: int('RETENTION_LOGINS_DAYS', env['RETENTION_LOGINS_DAYS'], 180, 1, 3650),
      notificationsDays,
      emailLogDays: int('RETENTION_EMAIL_LOG_DAYS', env['RETENTION_EMAIL_LOG_DAYS'], 30, 1, 3650),
      trainingNamesDays: int('RETENTION_TRAINING_NAMES_DAYS', env['RETENTION_TRAINING_NAMES_DAYS'], 365, 1, 3650),
    },
    feedback: {
      perHour: int('FEEDBACK_PER_HOUR', env['FEEDBACK_PER_HOUR'], 5, 1, 10_000),
      minSeconds: int('FEEDBACK_MIN_SECONDS', env['FEEDBACK_MIN_SECONDS'], 3, 0, 600),
      formMinutes: int('FEEDBACK_FORM_MINUTES', env['FEEDBACK_FORM_MINUTES'], 120, 5, 24 * 60),
    },
  };
}

export const appConfig = registerAs('app', () => loadConfig());
