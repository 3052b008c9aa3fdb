import { Logger } from '@nestjs/common';
import { createTestApp, TestApp } from '../../testing/test-app';

describe('health and API documentation', () => {
  let t: TestApp;
  // What the OpenAPI generator warns about while the document is built at start.
  const warnings: string[] = [];
  beforeAll(async () => {
    const warn = jest.spyOn(Logger, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
    t = await createTestApp({ SEED_DEMO: 'false' });
    warn.mockRestore();
  });
  afterAll(() => t.close());

  it('reports ok without login once migrations ran', async () => {
    const response = await t.http().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document describing the measures API', async () => {
    const response = await t.http().get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/measures', '/api/v1/measures/{id}', '/api/v1/auth/login', '/api/health']),
    );
  });

  it('describes every request body under a name of its own (no "Duplicate DTO" warning)', async () => {
    expect(warnings.filter((w) => /Duplicate DTO/.test(w))).toEqual([]);
    const schemas = (await t.http().get('/api/docs-json')).body.components.schemas;
    expect(Object.keys(schemas.FeedbackDto.properties)).toEqual(expect.arrayContaining(['message', 'formToken', 'website']));
    expect(Object.keys(schemas.TrainingFeedbackDto.properties)).toEqual(expect.arrayContaining(['score', 'comment']));
  });

  it('answers unknown API paths with a problem+json 404', async () => {
    const response = await t.http().get('/api/v1/gibt-es-nicht');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });
});
