import type { AuditEvent, Feedback, FeedbackForm, Page } from '@klimaschutz/contracts';
import { bearer, createTestApp, TestApp } from '../../testing/test-app';

/**
 * DSGVO Art. 17 for citizens' feedback. The reviewers found no way to delete a barrier report. The
 * communication unit and admins may now delete one with its history, or remove only the sender's
 * name and e-mail address once they have answered and keep the message.
 */
describe('erasing citizens’ feedback', () => {
  let t: TestApp;
  const comm = () => bearer(t.tokens.communication);

  const send = async (body: Record<string, unknown>) => {
    const { formToken } = (await t.http().get('/api/v1/public/feedback-form')).body as FeedbackForm;
    expect(
      (
        await t
          .http()
          .post('/api/v1/public/feedback')
          .send({ ...body, formToken })
      ).status,
    ).toBe(201);
    const list = (await t.http().get('/api/v1/feedback?pageSize=100').set(comm())).body as Page<Feedback>;
    return list.items.find((f) => f.message === body['message'])!;
  };
  const everything = async () => {
    const tables = [...new Set(t.dataSource.entityMetadatas.map((m) => m.tableName))];
    const parts: string[] = [];
    for (const table of tables) parts.push(JSON.stringify(await t.dataSource.query(`SELECT * FROM "${table}"`)));
    return parts.join('\n');
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('deletes a feedback with its history; the history keeps only that it was deleted, and by whom', async () => {
    const item = await send({
      message: 'Bitte löschen: Mein Nachbar Herr Quirinus Wendeler wohnt Lindenweg 3.',
      name: 'Quirinus Wendeler',
      email: 'q.wendeler@example.org',
    });
    const closed = await t.http().patch(`/api/v1/feedback/${item.id}`).set(comm()).send({ handled: true, version: item.version });
    expect(closed.status).toBe(204);
    expect(await everything()).toContain('Wendeler');

    const deleted = await t.http().delete(`/api/v1/feedback/${item.id}`).set(bearer(t.tokens.admin));
    expect(deleted.status).toBe(204);
    expect(await everything()).not.toContain('Wendeler');
    const list = (await t.http().get('/api/v1/feedback?pageSize=100').set(comm())).body as Page<Feedback>;
    expect(list.items.map((f) => f.id)).not.toContain(item.id);
    const history = (await t.http().get(`/api/v1/audit-events?entityType=feedback&entityId=${item.id}`).set(bearer(t.tokens.admin)))
      .body as Page<AuditEvent>;
    expect(history.items).toEqual([
      expect.objectContaining({
        action: 'DELETE',
        entityLabel: null,
        changes: [],
        actor: expect.objectContaining({ displayName: 'Systemverwaltung IT' }),
      }),
    ]);
    expect((await t.http().delete(`/api/v1/feedback/${item.id}`).set(comm())).status).toBe(404);
  });

  it("removes the sender's name and e-mail address and keeps the message", async () => {
    const item = await send({
      message: 'Der Kontrast der Fußzeile ist zu schwach.',
      name: 'Adelheid Brünnich',
      email: 'a.bruennich@example.org',
    });
    const stale = await t
      .http()
      .post(`/api/v1/feedback/${item.id}/erase-sender`)
      .set(comm())
      .send({ version: item.version + 1 });
    expect(stale.status).toBe(409);
    const erased = await t.http().post(`/api/v1/feedback/${item.id}/erase-sender`).set(comm()).send({ version: item.version });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      id: item.id,
      message: 'Der Kontrast der Fußzeile ist zu schwach.',
      name: null,
      email: null,
      version: item.version + 1,
    });
    const text = await everything();
    expect(text).not.toContain('Brünnich');
    expect(text).not.toContain('a.bruennich@example.org');
    expect(text).toContain('Der Kontrast der Fußzeile ist zu schwach.');
    const history = (await t.http().get(`/api/v1/audit-events?entityType=feedback&entityId=${item.id}`).set(bearer(t.tokens.admin)))
      .body as Page<AuditEvent>;
    expect(history.items[0]).toMatchObject({ action: 'ERASE', changes: [] });
  });

  it('records when a feedback was closed, and forgets it when it is reopened', async () => {
    const item = await send({ message: 'Der Link „Barriere melden“ fehlt auf dem Handy.' });
    await t.http().patch(`/api/v1/feedback/${item.id}`).set(comm()).send({ handled: true, version: item.version });
    const closed = ((await t.http().get('/api/v1/feedback?pageSize=100').set(comm())).body as Page<Feedback>).items.find(
      (f) => f.id === item.id,
    )!;
    expect(Date.now() - Date.parse(closed.handledAt!)).toBeLessThan(60_000);
    await t.http().patch(`/api/v1/feedback/${item.id}`).set(comm()).send({ handled: false, version: closed.version });
    const reopened = ((await t.http().get('/api/v1/feedback?pageSize=100').set(comm())).body as Page<Feedback>).items.find(
      (f) => f.id === item.id,
    )!;
    expect(reopened).toMatchObject({ handled: false, handledAt: null });
  });
});
