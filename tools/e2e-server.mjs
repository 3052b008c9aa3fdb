// Starts the production build for the browser tests on a fresh SQLite file with the demo city. The
// journeys check what a page embeds, not how fast: the HTML may wait up to 5 s for its API answers.
import { freshSqlite, startServer } from './prod-server.mjs';

const db = process.env.E2E_DB ?? 'tmp/e2e/klimaschutz.sqlite';
freshSqlite(db);

const child = startServer({
  databaseUrl: `sqlite:${db}`,
  stdio: 'inherit',
  env: { SEED_DEMO: 'true', LOGIN_ATTEMPTS_PER_MINUTE: '1000', FEEDBACK_PER_HOUR: '100', PAGE_ANSWERS_WAIT_MS: '5000' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
