import type { AuditEvent, FieldOfAction, Measure, Page, ProgressReport, User } from '@klimaschutz/contracts';
/** A password the policy takes (the demo's published one is refused for new accounts). */
const PASSWORD = 'Laterne-Gießkanne-Zebra';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/**
 * DSGVO Art. 17 for staff accounts. The reviewers found no way to erase a user, and a renamed
 * user's old name kept in the history. An erased account stays as the author of what it did — the
 * administration is accountable for reports, reviews and changes — but no table keeps its names or
 * e-mail addresses, old or new, anywhere: checked by reading every row of every table.
 */
describe('erasing a user', () => {
  let t: TestApp;
  const admin = () => bearer(t.tokens.admin);

  /** Every row of every table as text: where a name could hide, it shows here. */
  const everything = async () => {
    const tables = [...new Set(t.dataSource.entityMetadatas.map((m) => m.tableName))];
    const parts: string[] = [];
    for (const table of tables) parts.push(`${table}: ${JSON.stringify(await t.dataSource.query(`SELECT * FROM "${table}"`))}`);
    return parts.join('\n').toLowerCase();
  };
  const tracesOf = async (words: string[]) => {
    const text = await everything();
    return words.filter((w) => text.includes(w.toLowerCase()));
  };
  const fresh = async (id: string) => (await t.http().get(`/api/v1/users/${id}`).set(admin())).body as User;
  const login = async (email: string) => t.http().post('/api/v1/auth/login').send({ email, password: PASSWORD });
  const createUser = async (body: Record<string, unknown>) => {
    const response = await t
      .http()
      .post('/api/v1/users')
      .set(admin())
      .send({ password: PASSWORD, ...body });
    expect(response.status).toBe(201);
    return response.body as User;
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has no erasure before, and shows a renamed person under the current name in the history', async () => {
    const user = await createUser({ email: 'r.umbenannt@musterstadt.example', displayName: 'Rosalind Altname', role: 'EXECUTIVE' });
    const token = (await login('r.umbenannt@musterstadt.example')).body.accessToken as string;
    await t.http().patch('/api/v1/auth/me/preferences').set(bearer(token)).send({ emailNotifications: false });
    const renamed = await t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set(admin())
      .send({ displayName: 'Rosalind Neuname', version: (await fresh(user.id)).version });
    expect(renamed.status).toBe(200);
    const history = (await t.http().get(`/api/v1/audit-events?actorId=${user.id}`).set(admin())).body as Page<AuditEvent>;
    expect(history.items.length).toBeGreaterThan(0);
    for (const event of history.items) expect(event.actor).toEqual({ id: user.id, displayName: 'Rosalind Neuname' });
  });

  it('anonymises the account and replaces every trace of its names and addresses, old and new', async () => {
    const cmOrgUnit = ((await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.climateManager))).body as User).orgUnit!.id;
    const departmentUnit = ((await t.http().get('/api/v1/auth/me').set(bearer(t.tokens.department))).body as User).orgUnit!.id;
    const created = await createUser({
      email: 'w.quendel@musterstadt.example',
      displayName: 'Walburga Quendel',
      role: 'CLIMATE_MANAGER',
      orgUnitId: cmOrgUnit,
    });
    // A change of name and address: the history now holds both the old and the new ones.
    const changed = await t
      .http()
      .patch(`/api/v1/users/${created.id}`)
      .set(admin())
      .send({ displayName: 'Walburga Zimpfel-Quendel', email: 'walburga.zimpfel@musterstadt.example', version: created.version });
    expect(changed.status).toBe(200);
    const signedIn = await login('walburga.zimpfel@musterstadt.example');
    expect(signedIn.status).toBe(200);
    const her = bearer(signedIn.body.accessToken);

    // Her work: a measure assigned to a department (whose users are notified by her name), a contact field that named her,
    // a review, a report of her own, an indicator value, a training list naming her.
    const fieldId = ((await t.http().get('/api/v1/fields-of-action').set(her)).body.items[0] as FieldOfAction).id;
    const measure: Measure = (
      await t
        .http()
        .post('/api/v1/measures')
        .set(her)
        .send({ code: 'ERASE-1', title: 'Radabstellanlagen am Bahnhof', fieldOfActionId: fieldId, leadOrgUnitId: departmentUnit })
    ).body;
    const withContact = await t
      .http()
      .patch(`/api/v1/measures/${measure.id}`)
      .set(her)
      .send({ responsibleContact: 'Walburga Zimpfel-Quendel, walburga.zimpfel@musterstadt.example', version: measure.version });
    await t
      .http()
      .patch(`/api/v1/measures/${measure.id}`)
      .set(her)
      .send({ responsibleContact: 'Stabsstelle Klimaschutz', version: withContact.body.version });
    const submitted: ProgressReport = (
      await t
        .http()
        .post(`/api/v1/measures/${measure.id}/progress-reports`)
        .set(bearer(t.tokens.department))
        .send({ text: 'Erste Anlage steht.', submit: true })
    ).body;
    const reviewed = await t
      .http()
      .post(`/api/v1/progress-reports/${submitted.id}/review`)
      .set(her)
      .send({ decision: 'ACCEPT', version: submitted.version });
    expect(reviewed.body.review.reviewer.displayName).toBe('Walburga Zimpfel-Quendel');
    const own: ProgressReport = (
      await t.http().post(`/api/v1/measures/${measure.id}/progress-reports`).set(her).send({ text: 'Nachtrag der Stabsstelle.' })
    ).body;
    expect(own.author.displayName).toBe('Walburga Zimpfel-Quendel');
    const indicator = (await t.http().get('/api/v1/indicators').set(her)).body.items[0];
    expect((await t.http().post(`/api/v1/indicators/${indicator.id}/values`).set(her).send({ date: '2026-06-30', value: 42 })).status).toBe(
      201,
    );
    const training = (await t.http().get('/api/v1/trainings?pageSize=100').set(her)).body.items.find(
      (x: { status: string }) => x.status === 'PLANNED',
    );
    expect(
      (
        await t
          .http()
          .put(`/api/v1/trainings/${training.id}/participants/${cmOrgUnit}`)
          .set(her)
          .send({ count: 2, names: ['Walburga Zimpfel-Quendel', 'Jonas Petersen'] })
      ).status,
    ).toBe(200);
    await t.http().patch('/api/v1/auth/me/preferences').set(her).send({ emailNotifications: false });
    const words = ['Walburga', 'Quendel', 'Zimpfel', 'w.quendel@musterstadt.example', 'walburga.zimpfel@musterstadt.example'];
    expect(await tracesOf(words)).toEqual(words);

    const current = await fresh(created.id);
    const erased = await t.http().post(`/api/v1/users/${created.id}/erase`).set(admin()).send({ version: current.version });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ id: created.id, displayName: 'Gelöschte Person', active: false, lastLoginAt: null });
    expect(erased.body.email).toMatch(/@geloescht\.invalid$/);
    expect(erased.body.erasedAt).toEqual(expect.any(String));

    // Not a trace in any table; her session and her login are gone.
    expect(await tracesOf(words)).toEqual([]);
    expect((await t.http().get('/api/v1/auth/me').set(her)).status).toBe(401);
    expect((await login('walburga.zimpfel@musterstadt.example')).status).toBe(401);
    expect(await t.dataSource.query(`SELECT id FROM "notifications" WHERE "userId" = '${created.id}'`)).toEqual([]);

    // What she did is still on record, by „Gelöschte Person“.
    const history = (await t.http().get(`/api/v1/measures/${measure.id}/audit-events?pageSize=100`).set(bearer(t.tokens.climateManager)))
      .body as Page<AuditEvent>;
    const hers = history.items.filter((e) => e.actor?.id === created.id);
    expect(hers.length).toBeGreaterThanOrEqual(4);
    for (const e of hers) expect(e.actor!.displayName).toBe('Gelöschte Person');
    const contact = history.items.find((e) => e.changes.some((c) => c.field === 'responsibleContact' && c.before === null))!;
    expect(contact.changes.find((c) => c.field === 'responsibleContact')!.after).toBe('Gelöschte Person, (E-Mail-Adresse gelöscht)');
    const report = (await t.http().get(`/api/v1/progress-reports/${submitted.id}`).set(bearer(t.tokens.climateManager)))
      .body as ProgressReport;
    expect(report.review?.reviewer.displayName).toBe('Gelöschte Person');
    expect((await t.http().get(`/api/v1/progress-reports/${own.id}`).set(bearer(t.tokens.climateManager))).body.author.displayName).toBe(
      'Gelöschte Person',
    );
    const participants = (await t.http().get(`/api/v1/trainings/${training.id}/participants`).set(bearer(t.tokens.climateManager))).body;
    expect(JSON.stringify(participants)).toContain('Jonas Petersen');
    expect(JSON.stringify(participants)).toContain('"count":2');

    // The erasure itself is on record, without what was erased.
    const account = (await t.http().get(`/api/v1/audit-events?entityType=user&entityId=${created.id}`).set(admin()))
      .body as Page<AuditEvent>;
    expect(account.items[0]).toMatchObject({
      action: 'ERASE',
      entityLabel: 'Gelöschte Person',
      changes: [],
      actor: { displayName: 'Systemverwaltung IT' },
    });
  });

  it("replaces an admin's name on the jobs it started by hand", async () => {
    const second = await createUser({ email: 'k.fallada@musterstadt.example', displayName: 'Kunibert Fallada', role: 'ADMIN' });
    const token = (await login('k.fallada@musterstadt.example')).body.accessToken as string;
    const run = await t.http().post('/api/v1/jobs/status-snapshot/run').set(bearer(token));
    expect(run.body.triggeredBy).toBe('Kunibert Fallada');
    expect(await tracesOf(['Kunibert', 'Fallada'])).toEqual(['Kunibert', 'Fallada']);
    const erased = await t
      .http()
      .post(`/api/v1/users/${second.id}/erase`)
      .set(admin())
      .send({ version: (await fresh(second.id)).version });
    expect(erased.status).toBe(200);
    expect(await tracesOf(['Kunibert', 'Fallada', 'k.fallada@musterstadt.example'])).toEqual([]);
    const runs = (await t.http().get('/api/v1/jobs/status-snapshot/runs').set(admin())).body;
    expect(runs[0].triggeredBy).toBe('Gelöschte Person');
  });

  it('refuses oneself, a stale or unknown account, and changes to an erased one — and changes nothing then', async () => {
    const me = (await t.http().get('/api/v1/auth/me').set(admin())).body as User;
    const self = await t
      .http()
      .post(`/api/v1/users/${me.id}/erase`)
      .set(admin())
      .send({ version: (await fresh(me.id)).version });
    expect(self.status).toBe(400);
    expect(self.body.detail).toMatch(/eigenes Benutzerkonto/);

    const user = await createUser({ email: 'e.veraltet@musterstadt.example', displayName: 'Edeltraud Veraltet', role: 'EXECUTIVE' });
    const stale = await t
      .http()
      .post(`/api/v1/users/${user.id}/erase`)
      .set(admin())
      .send({ version: user.version + 1 });
    expect(stale.status).toBe(409);
    expect(await fresh(user.id)).toMatchObject({ displayName: 'Edeltraud Veraltet', erasedAt: null });
    expect((await t.http().post('/api/v1/users/00000000-0000-4000-8000-000000000000/erase').set(admin()).send({ version: 1 })).status).toBe(
      404,
    );
    expect((await t.http().post(`/api/v1/users/${user.id}/erase`).set(admin()).send({})).status).toBe(400);

    expect((await t.http().post(`/api/v1/users/${user.id}/erase`).set(admin()).send({ version: user.version })).status).toBe(200);
    const erased = await fresh(user.id);
    expect((await t.http().post(`/api/v1/users/${user.id}/erase`).set(admin()).send({ version: erased.version })).status).toBe(409);
    const reactivate = await t.http().patch(`/api/v1/users/${user.id}`).set(admin()).send({ active: true, version: erased.version });
    expect(reactivate.status).toBe(409);
    expect(await fresh(user.id)).toMatchObject({ active: false, displayName: 'Gelöschte Person' });
  });

  it('never erases the last active admin: two admins erasing each other at once, one of them wins', async () => {
    const a = await createUser({ email: 'admin.a@musterstadt.example', displayName: 'Admin A', role: 'ADMIN' });
    const b = await createUser({ email: 'admin.b@musterstadt.example', displayName: 'Admin B', role: 'ADMIN' });
    // Only these two remain active admins.
    const demoAdmin = (await t.http().get('/api/v1/auth/me').set(admin())).body as User;
    const tokenA = (await login('admin.a@musterstadt.example')).body.accessToken as string;
    const tokenB = (await login('admin.b@musterstadt.example')).body.accessToken as string;
    const others = ((await t.http().get('/api/v1/users?role=ADMIN&pageSize=100').set(admin())).body.items as User[]).filter(
      (u) => u.active && ![a.id, b.id, demoAdmin.id].includes(u.id),
    );
    for (const other of others) await t.http().post(`/api/v1/users/${other.id}/erase`).set(admin()).send({ version: other.version });
    const demo = await fresh(demoAdmin.id);
    expect(
      (await t.http().patch(`/api/v1/users/${demoAdmin.id}`).set(bearer(tokenA)).send({ active: false, version: demo.version })).status,
    ).toBe(200);

    const version = async (id: string) => (await t.http().get(`/api/v1/users/${id}`).set(bearer(tokenA))).body.version as number;
    const [versionA, versionB] = [await version(a.id), await version(b.id)];
    const [byA, byB] = await Promise.all([
      t.http().post(`/api/v1/users/${b.id}/erase`).set(bearer(tokenA)).send({ version: versionB }),
      t.http().post(`/api/v1/users/${a.id}/erase`).set(bearer(tokenB)).send({ version: versionA }),
    ]);
    // The loser is refused: as the last active admin's eraser (409), or already signed out as the erased one (401).
    expect([byA.status, byB.status].filter((s) => s === 200)).toHaveLength(1);
    const refused = byA.status === 200 ? byB : byA;
    expect([401, 409]).toContain(refused.status);
    if (refused.status === 409) expect(refused.body.detail).toMatch(/letzte aktive Administrationskonto/);
    const admins = (
      (
        await t
          .http()
          .get('/api/v1/users?role=ADMIN&pageSize=100')
          .set(bearer(byA.status === 200 ? tokenA : tokenB))
      ).body.items as User[]
    ).filter((u) => u.active);
    expect(admins).toHaveLength(1);
  });
});
