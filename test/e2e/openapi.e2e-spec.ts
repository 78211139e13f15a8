import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildOpenApiDocument } from '../../src/openapi.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Operation {
  operationId?: string;
  summary?: string;
  responses: Record<string, unknown>;
  security?: unknown[];
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: ReturnType<typeof buildOpenApiDocument>;
  const operations: Array<[string, string, Operation]> = [];

  beforeAll(async () => {
    t = await createTestApp();
    document = buildOpenApiDocument(t.app);
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) operations.push([method, path, operation as Operation]);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('is what docs/openapi.json holds (run `npm run openapi` after changing the API)', async () => {
    const committed = JSON.parse(await readFile('docs/openapi.json', 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(document))).toEqual(committed);
  });

  it('is served at /docs/openapi.json and Swagger UI at /docs', async () => {
    const json = await t.http().get('/docs/openapi.json');
    expect(json.status).toBe(200);
    expect((json.body as { paths: object }).paths).toEqual(JSON.parse(JSON.stringify(document.paths)));
    const ui = await t.http().get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('gives every operation a unique operationId, a summary and its error responses', () => {
    const ids = operations.map(([, , operation]) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [method, path, operation] of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect({ where, operationId: Boolean(operation.operationId) }).toEqual({ where, operationId: true });
      expect({ where, summary: Boolean(operation.summary?.trim()) }).toEqual({ where, summary: true });
      expect({ where, has500: '500' in operation.responses }).toEqual({ where, has500: true });
      if (operation.security?.length) {
        expect({ where, has401: '401' in operation.responses }).toEqual({ where, has401: true });
      }
      if (path.includes('{id}')) {
        expect({ where, has404: '404' in operation.responses }).toEqual({ where, has404: true });
      }
    }
  });

  it('documents bearer auth on every /v1 route except sign-up and sign-in', () => {
    for (const [method, path, operation] of operations) {
      if (!path.startsWith('/v1/') || path.startsWith('/v1/auth/')) continue;
      expect({ route: `${method} ${path}`, secured: Boolean(operation.security?.length) }).toEqual({
        route: `${method} ${path}`,
        secured: true,
      });
    }
  });
});
