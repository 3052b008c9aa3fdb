import { appWithBuild, MINI_INDEX } from '../../testing/dashboard-build';
import { bearer, createTestApp, DEMO, type TestApp } from '../../testing/test-app';
import { StartRefusedError } from './installation';

const REAL_URL = 'https://klimaschutz.musterstadt.de';
const page = async (t: TestApp) => (await t.http().get('/oeffentlich').set('Accept-Encoding', 'identity')).text;

describe('demo installations: never by accident, always visible', () => {
  it('marks every page of the demo city (the local first start) as a demo installation', async () => {
    const { t, close } = await appWithBuild({ 'browser/index.html': MINI_INDEX }, { SEED_DEMO: 'auto' });
    try {
      const html = await page(t);
      expect(html).toMatch(/<body><aside class="demo-notice"[^>]*>.*Demo-Installation:.*öffentlich bekanntes Passwort/);
      expect((await t.http().get('/anmelden').set('Accept-Encoding', 'identity')).text).toContain('data-testid="demo-notice"');
    } finally {
      await close();
    }
  });

  it("gives the demo notice in English on the pages an English reader gets in English, and in German on the citizens' pages", async () => {
    const { t, close } = await appWithBuild({ 'browser/index.html': MINI_INDEX }, { SEED_DEMO: 'auto' });
    try {
      const asEnglish = async (path: string) =>
        (await t.http().get(path).set('Accept-Encoding', 'identity').set('Cookie', 'ksc_lang=en')).text;
      const signIn = await asEnglish('/anmelden');
      expect(signIn).toMatch(
        /<aside class="demo-notice" aria-label="About this installation"[^>]*><strong>Demo installation:<\/strong> the accounts of this sample city have a publicly known password\. Please do not enter real data\.<\/aside>/,
      );
      expect(signIn).not.toContain('Demo-Installation');
      expect(await asEnglish('/oeffentlich')).toContain('<strong>Demo-Installation:</strong>');
    } finally {
      await close();
    }
  });

  it('gives a real installation (https, SEED_DEMO unset) no demo accounts and no demo notice', async () => {
    const { t, close } = await appWithBuild(
      { 'browser/index.html': MINI_INDEX },
      { SEED_DEMO: 'auto', PUBLIC_URL: REAL_URL, INITIAL_ADMIN_EMAIL: 'it@musterstadt.de', INITIAL_ADMIN_PASSWORD: 'Rathaus-Sicher-2026!' },
    );
    try {
      const { count } = (await t.dataSource.query(`SELECT COUNT(*) AS "count" FROM "users"`))[0];
      expect(Number(count)).toBe(1);
      expect(Number((await t.dataSource.query(`SELECT COUNT(*) AS "count" FROM "measures"`))[0].count)).toBe(0);
      expect(await page(t)).not.toContain('demo-notice');
    } finally {
      await close();
    }
  });

  it('refuses to serve a demo database under a real address until its accounts lose the published password', async () => {
    const laptop = await createTestApp({ SEED_DEMO: 'auto' });
    try {
      const start = () => createTestApp({ DATABASE_URL: laptop.databaseUrl, SEED_DEMO: 'auto', PUBLIC_URL: REAL_URL });
      await expect(start()).rejects.toThrow(StartRefusedError);
      await expect(start()).rejects.toThrow(
        /demo accounts with the password published in the README \(admin@musterstadt\.example, .*PUBLIC_URL https:\/\/klimaschutz\.musterstadt\.de/,
      );

      // The city's admin deactivates every demo account but their own, and gives that one a new password.
      const admin = laptop.tokens.admin;
      const users = (await laptop.http().get('/api/v1/users?pageSize=100').set(bearer(admin))).body.items as {
        id: string;
        email: string;
        version: number;
      }[];
      for (const user of users.filter((u) => u.email !== DEMO.admin)) {
        const response = await laptop
          .http()
          .patch(`/api/v1/users/${user.id}`)
          .set(bearer(admin))
          .send({ version: user.version, active: false });
        expect(response.status).toBe(200);
      }
      const self = users.find((u) => u.email === DEMO.admin)!;
      const reset = await laptop
        .http()
        .patch(`/api/v1/users/${self.id}`)
        .set(bearer(admin))
        .send({ version: self.version, password: 'Neues Rathaus-Passwort für 2026' });
      expect(reset.status).toBe(200);

      const server = await start();
      try {
        expect(
          await server
            .http()
            .get('/api/health')
            .then((r) => r.status),
        ).toBe(200);
      } finally {
        await server.close();
      }
    } finally {
      await laptop.close();
    }
  });
});
