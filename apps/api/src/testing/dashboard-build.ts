import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createTestApp } from './test-app';

/** The SPA shell of a dashboard build in miniature: enough for the server to serve its pages. */
export const MINI_INDEX =
  '<!doctype html><html lang="de"><head><title>Klimaschutz-Cockpit</title></head><body><ksc-root></ksc-root>' +
  '<script src="main-MAIN1234.js" type="module"></script></body></html>';

/**
 * The real app over a dashboard build in miniature (`files`, relative to the build's root folder);
 * `close` also takes back the environment it set, which would otherwise outlive the test file.
 */
export async function appWithBuild(files: Record<string, string>, env: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'ksc-dashboard-'));
  mkdirSync(join(root, 'browser'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  // Generous wait for the embedded answers: the tests check what is embedded, not how fast (CI shares its cores).
  const settings = { DASHBOARD_DIR: join(root, 'browser'), PAGE_ANSWERS_WAIT_MS: '5000', ...env };
  const t = await createTestApp(settings).catch((error: unknown) => {
    rmSync(root, { recursive: true, force: true });
    throw error;
  });
  const close = async () => {
    await t.close();
    for (const name of Object.keys(settings)) delete process.env[name];
    rmSync(root, { recursive: true, force: true });
  };
  return { t, close };
}
