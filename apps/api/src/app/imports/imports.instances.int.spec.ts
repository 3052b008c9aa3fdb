import type { ImportSession } from '@klimaschutz/contracts';
import { waitForImport } from '../../testing/import-helpers';
import { bearer, createTwoTestApps, TestApp } from '../../testing/test-app';
import { ImportEntity } from './import.entity';

const ROWS = 1200;
const CSV =
  'Kennung;Titel;Handlungsfeld\n' +
  Array.from({ length: ROWS }, (_, i) => `LB-${i + 1};Maßnahme ${i + 1} über zwei Instanzen;E`).join('\n');

describe('import wizard behind a load balancer: two API instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    [a, b] = await createTwoTestApps();
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('an import uploaded on A, previewed on B and started on A is polled to completion on B, with its result', async () => {
    // One browser session; the load balancer sends each request wherever it likes.
    const cm = bearer(a.tokens.climateManager);
    const uploaded = await a.http().post('/api/v1/imports').set(cm).attach('file', Buffer.from(CSV), 'lastverteilt.csv');
    expect(uploaded.status).toBe(201);
    const id = (uploaded.body as ImportSession).importId;
    expect((await b.http().get(`/api/v1/imports/${id}`).set(cm)).body).toEqual(uploaded.body);

    // B previews with another lead for rows that name none; A commits what B showed.
    const previewed = await b
      .http()
      .post(`/api/v1/imports/${id}/preview`)
      .set(cm)
      .send({ mapping: uploaded.body.mapping, defaultLeadOrgUnit: '61' });
    expect(previewed.status).toBe(200);
    expect(previewed.body.preview.create.measures).toBe(ROWS);
    expect((await a.http().get(`/api/v1/imports/${id}`).set(cm)).body).toEqual(previewed.body);
    const started = await a.http().post(`/api/v1/imports/${id}/commit`).set(cm);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: 'RUNNING', progress: 0 });
    // Neither instance starts it a second time.
    expect((await b.http().post(`/api/v1/imports/${id}/commit`).set(cm)).status).toBe(409);

    const seen: Pick<ImportSession, 'state' | 'progress'>[] = [];
    let last: ImportSession;
    for (;;) {
      last = (await b.http().get(`/api/v1/imports/${id}`).set(cm)).body;
      seen.push({ state: last.state, progress: last.progress });
      if (last.state === 'DONE' || last.state === 'FAILED') break;
      expect(seen.length).toBeLessThan(3000);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(last.state).toBe('DONE');
    expect(seen.some((s) => s.state === 'RUNNING')).toBe(true);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    // On PostgreSQL the running instance's progress shows on the other one; SQLite lets no other
    // connection see inside the import's transaction (and several instances need PostgreSQL anyway).
    if (a.engine === 'postgres') expect(progress.some((p) => p > 0 && p < 100)).toBe(true);

    expect(last.result).toEqual({ create: expect.objectContaining({ measures: ROWS }), update: expect.objectContaining({ measures: 0 }) });
    expect(last.preview.rows.filter((r) => r.kind === 'MEASURE' && r.action === 'CREATE')).toHaveLength(ROWS);
    expect((await a.http().get(`/api/v1/imports/${id}`).set(cm)).body).toEqual(last);

    const list = await b.http().get('/api/v1/measures?q=zwei%20Instanzen&pageSize=1').set(cm);
    expect(list.body.total).toBe(ROWS);
    const leads = await b.dataSource.query(
      `SELECT o.code, COUNT(*) AS n FROM measures m JOIN org_units o ON o.id = m."leadOrgUnitId" WHERE m.code LIKE 'LB-%' GROUP BY o.code`,
    );
    expect(leads.map((r: { code: string; n: unknown }) => [r.code, Number(r.n)])).toEqual([['61', ROWS]]);
  });

  it('an upload kept from before the update (no columns or preview in its row) is answered from its file on any instance', async () => {
    const cm = bearer(a.tokens.climateManager);
    const uploaded = (
      await a
        .http()
        .post('/api/v1/imports')
        .set(cm)
        .attach('file', Buffer.from('Kennung;Titel;Handlungsfeld\nALT-1;Vor dem Update;E\n'), 'alt.csv')
    ).body as ImportSession;
    await a.dataSource.query(`UPDATE imports SET "preview" = NULL, "detectedColumns" = NULL WHERE id = '${uploaded.importId}'`);
    expect((await b.http().get(`/api/v1/imports/${uploaded.importId}`).set(cm)).body).toEqual(uploaded);
    expect((await b.http().post(`/api/v1/imports/${uploaded.importId}/commit`).set(cm)).status).toBe(202);
    expect((await waitForImport(a, a.tokens.climateManager, uploaded.importId)).result?.create.measures).toBe(1);
  });

  it('an import left running by an instance that was killed is reported as interrupted once its lease runs out, and can be started again', async () => {
    const cm = bearer(a.tokens.climateManager);
    const uploaded = (
      await a
        .http()
        .post('/api/v1/imports')
        .set(cm)
        .attach('file', Buffer.from('Kennung;Titel;Handlungsfeld\nKILL-1;Abgebrochen;E\n'), 'abbruch.csv')
    ).body as ImportSession;
    // What a SIGKILL during the run leaves: the claim (RUNNING, with its lease), no commit, no one to finish it.
    const claim = async (leaseUntil: Date) =>
      a.dataSource.getRepository(ImportEntity).update({ id: uploaded.importId }, { state: 'RUNNING', progress: 35, leaseUntil });
    await claim(new Date(Date.now() + 60_000));
    expect((await b.http().get(`/api/v1/imports/${uploaded.importId}`).set(cm)).body).toMatchObject({ state: 'RUNNING', progress: 35 });

    await claim(new Date(Date.now() - 1_000));
    const polled = (await b.http().get(`/api/v1/imports/${uploaded.importId}`).set(cm)).body as ImportSession;
    expect(polled).toMatchObject({ state: 'FAILED', error: expect.stringMatching(/unterbrochen.*nichts geschrieben/) });
    expect((await a.http().get(`/api/v1/imports/${uploaded.importId}`).set(cm)).body.state).toBe('FAILED');

    expect((await a.http().post(`/api/v1/imports/${uploaded.importId}/commit`).set(cm)).status).toBe(202);
    expect((await waitForImport(a, a.tokens.climateManager, uploaded.importId)).result?.create.measures).toBe(1);
  });
});
