import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { join } from 'node:path';

const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Journeys run against the production build, served by the API on one port exactly as `npm start`
 * does, over a fresh SQLite file with the demo city. The browser is Debian's Chromium.
 */
export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, 'dist/.playwright/dashboard-e2e/test-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // Users may ask for less motion; it also keeps accessibility checks from seeing half-faded text.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: 'node tools/e2e-server.mjs',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { PORT: String(port), E2E_DB: join(workspaceRoot, 'tmp/e2e/klimaschutz.sqlite') },
  },
});
