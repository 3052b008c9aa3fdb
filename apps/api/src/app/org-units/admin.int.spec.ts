import type { FieldOfAction, OrgUnit, User } from '@klimaschutz/contracts';
import { DEMO_PASSWORD } from '../seed/demo-city.data';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

describe('administration: org units, users, fields of action', () => {
  let t: TestApp;
  const admin = () => bearer(t.tokens.admin);
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('org units', () => {
    it('builds a tree: a new Abteilung under an existing Amt', async () => {
      const parent = (await t.http().get('/api/v1/org-units?q=Stadtplanung').set(admin())).body.items[0] as OrgUnit;
      const created = await t.http().post('/api/v1/org-units').set(admin()).send({
        code: '61.2',
        name: 'Abteilung Verkehrsplanung',
        kind: 'ABTEILUNG',
        parentId: parent.id,
        email: 'abt612@musterstadt.example',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ parentId: parent.id, active: true, version: 1 });
    });

    it('refuses a cycle: a unit cannot move below its own child', async () => {
      const root = (await t.http().post('/api/v1/org-units').set(admin()).send({ code: 'R1', name: 'Wurzel', kind: 'DEZERNAT' }))
        .body as OrgUnit;
      const child = (
        await t.http().post('/api/v1/org-units').set(admin()).send({ code: 'R1.1', name: 'Kind', kind: 'FACHBEREICH', parentId: root.id })
      ).body as OrgUnit;
      const cycle = await t.http().patch(`/api/v1/org-units/${root.id}`).set(admin()).send({ parentId: child.id, version: root.version });
      expect(cycle.status).toBe(400);
      expect(cycle.body.errors[0].field).toBe('parentId');
      expect((await t.http().get(`/api/v1/org-units/${root.id}`).set(admin())).body.parentId).toBeNull();
    });

    it('refuses a duplicate code with 409 and an unknown kind with 400', async () => {
      expect(
        (await t.http().post('/api/v1/org-units').set(admin()).send({ code: '61', name: 'Doppelt', kind: 'FACHBEREICH' })).status,
      ).toBe(409);
      expect((await t.http().post('/api/v1/org-units').set(admin()).send({ code: 'Z9', name: 'X', kind: 'AMT' })).status).toBe(400);
    });

    it('refuses null for a required field on PATCH instead of failing in the database', async () => {
      const unit = (await t.http().get('/api/v1/org-units?pageSize=1').set(admin())).body.items[0] as OrgUnit;
      const response = await t.http().patch(`/api/v1/org-units/${unit.id}`).set(admin()).send({ name: null, version: unit.version });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('name');
    });
  });

  describe('users', () => {
    it('creates a department user who can then log in, and never returns the password', async () => {
      const unit = (await t.http().get('/api/v1/org-units?q=Tiefbau').set(admin())).body.items[0] as OrgUnit;
      const created = await t.http().post('/api/v1/users').set(admin()).send({
        email: ' Neu.Mitarbeiterin@Musterstadt.example',
        displayName: 'Neue Mitarbeiterin',
        role: 'DEPARTMENT',
        orgUnitId: unit.id,
        password: 'sehr-geheimes-passwort',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'neu.mitarbeiterin@musterstadt.example', role: 'DEPARTMENT', orgUnit: { id: unit.id } });
      expect(JSON.stringify(created.body)).not.toMatch(/password/i);
      const login = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: 'neu.mitarbeiterin@musterstadt.example', password: 'sehr-geheimes-passwort' });
      expect(login.status).toBe(200);
    });

    it('requires an org unit for department users and a long password', async () => {
      const noUnit = await t
        .http()
        .post('/api/v1/users')
        .set(admin())
        .send({ email: 'a@musterstadt.example', displayName: 'A', role: 'DEPARTMENT', password: 'sehr-geheimes-passwort' });
      expect(noUnit.status).toBe(400);
      expect(noUnit.body.errors[0].field).toBe('orgUnitId');
      const short = await t
        .http()
        .post('/api/v1/users')
        .set(admin())
        .send({ email: 'b@musterstadt.example', displayName: 'B', role: 'EXECUTIVE', password: 'kurz' });
      expect(short.status).toBe(400);
      expect(short.body.errors[0].field).toBe('password');
    });

    it('refuses a second account with the same email, whatever its case', async () => {
      const response = await t
        .http()
        .post('/api/v1/users')
        .set(admin())
        .send({ email: 'ADMIN@musterstadt.example', displayName: 'X', role: 'ADMIN', password: 'sehr-geheimes-passwort' });
      expect(response.status).toBe(409);
    });

    it('ends the sessions of a user whose password an admin resets', async () => {
      const token = await t.login('executive');
      const me = (await t.http().get('/api/v1/auth/me').set(bearer(token))).body as User;
      const reset = await t
        .http()
        .patch(`/api/v1/users/${me.id}`)
        .set(admin())
        .send({ password: 'ein-neues-langes-passwort', version: me.version });
      expect(reset.status).toBe(200);
      expect((await t.http().get('/api/v1/auth/me').set(bearer(token))).status).toBe(401);
      expect((await t.http().post('/api/v1/auth/login').send({ email: me.email, password: DEMO_PASSWORD })).status).toBe(401);
      const audit = (await t.http().get(`/api/v1/audit-events?entityId=${me.id}`).set(admin())).body.items[0];
      expect(audit.changes).toEqual([{ field: 'password', before: null, after: '(neu gesetzt)' }]);
    });
  });

  describe('fields of action', () => {
    it('creates one with a colour and refuses a colour that is not #RRGGBB', async () => {
      const ok = await t
        .http()
        .post('/api/v1/fields-of-action')
        .set(admin())
        .send({ code: 'D', name: 'Digitalisierung', colour: '#123456', sortOrder: 9 });
      expect(ok.status).toBe(201);
      const bad = await t.http().post('/api/v1/fields-of-action').set(admin()).send({ code: 'D2', name: 'X', colour: 'red' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('colour');
    });

    it('lists them in their configured order', async () => {
      const items = (await t.http().get('/api/v1/fields-of-action').set(bearer(t.tokens.climateManager))).body.items as FieldOfAction[];
      const orders = items.map((f) => f.sortOrder);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    });
  });
});
