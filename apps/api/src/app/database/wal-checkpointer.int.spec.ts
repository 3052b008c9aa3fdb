import { bearer, createTestApp, TestApp } from '../../testing/test-app';
import { WalCheckpointer } from './wal-checkpointer';

describe('write-ahead log checkpoints off the request thread (SQLite)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('folds the log back into the database file in a worker while requests write, and leaves the request thread a far-off fallback only', async () => {
    const checkpointer = t.app.get(WalCheckpointer);
    if (t.engine === 'postgres') {
      // PostgreSQL checkpoints on its own; there is nothing to move.
      expect(checkpointer.running).toBe(false);
      return;
    }
    expect(checkpointer.running).toBe(true);
    const [{ wal_autocheckpoint: pages }] = await t.dataSource.query('PRAGMA wal_autocheckpoint');
    expect(pages).toBe(10_000);

    const cm = bearer(t.tokens.climateManager);
    const fields = (await t.http().get('/api/v1/fields-of-action').set(cm)).body.items;
    const units = (await t.http().get('/api/v1/org-units?pageSize=500').set(cm)).body.items;
    const before = checkpointer.stats.checkpoints;
    for (let i = 0; i < 40; i++) {
      const response = await t
        .http()
        .post('/api/v1/measures')
        .set(cm)
        .send({
          code: `WAL-${i}`,
          title: `Maßnahme ${i} mit Änderungshistorie`,
          description: 'x'.repeat(2000),
          fieldOfActionId: fields[i % fields.length].id,
          leadOrgUnitId: units[i % units.length].id,
        });
      expect(response.status).toBe(201);
    }
    // Within a few intervals the worker has found the new frames and copied every one of them.
    const deadline = Date.now() + 10_000;
    while (
      Date.now() < deadline &&
      !(
        checkpointer.stats.checkpoints > before &&
        checkpointer.stats.lastLogFrames > 0 &&
        checkpointer.stats.lastCheckpointedFrames === checkpointer.stats.lastLogFrames
      )
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(checkpointer.stats.lastLogFrames).toBeGreaterThan(0);
    expect(checkpointer.stats.lastCheckpointedFrames).toBe(checkpointer.stats.lastLogFrames);
    expect((await t.http().get('/api/v1/measures?q=WAL-&pageSize=100').set(cm)).body.total).toBe(40);
    const [{ integrity_check: integrity }] = await t.dataSource.query('PRAGMA integrity_check');
    expect(integrity).toBe('ok');
  });

  it('can be switched off: then SQLite checkpoints inside commits as it does by default', async () => {
    const plain = await createTestApp({ SQLITE_CHECKPOINT_WORKER: 'false', SEED_DEMO: 'false' });
    try {
      expect(plain.app.get(WalCheckpointer).running).toBe(false);
      if (plain.engine === 'sqlite') {
        const [{ wal_autocheckpoint: pages }] = await plain.dataSource.query('PRAGMA wal_autocheckpoint');
        expect(pages).toBe(1000);
      }
    } finally {
      await plain.close();
      delete process.env['SQLITE_CHECKPOINT_WORKER'];
    }
  });
});
