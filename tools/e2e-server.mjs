// Starts the production build for the browser tests on a fresh SQLite file with the demo city.
import { rmSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { spawn } from 'node:child_process';

const db = process.env.E2E_DB ?? 'tmp/e2e/klimaschutz.sqlite';
mkdirSync(dirname(db), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });

const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: `sqlite:${db}`, SEED_DEMO: 'true', LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_MINUTE: '1000' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
