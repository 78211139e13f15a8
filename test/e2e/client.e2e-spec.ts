import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSnowballClient, type SnowballClient } from '../../clients/typescript/index.js';
import { CLIENT_TYPES_PATH, renderClientTypes } from '../../scripts/client-types.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The typed client (clients/typescript): generated from docs/openapi.json, and working against a running server. */
describe('the TypeScript client', () => {
  it('has the types docs/openapi.json gives (run `npm run openapi` after changing the API)', async () => {
    const document = JSON.parse(await readFile('docs/openapi.json', 'utf8')) as object;
    expect(await readFile(CLIENT_TYPES_PATH, 'utf8')).toBe(await renderClientTypes(document));
  });

  describe('against a running server', () => {
    let t: TestApp;
    let baseUrl: string;

    beforeAll(async () => {
      t = await createTestApp();
      await t.app.listen(0, '127.0.0.1');
      const address = t.app.getHttpServer().address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      baseUrl = `http://127.0.0.1:${address.port}`;
    });

    afterAll(async () => {
      await t.close();
    });

    it('registers, creates and lists contacts, imports a file, and syncs twice', async () => {
      const session: { token?: string } = {};
      const client: SnowballClient = createSnowballClient({ baseUrl, token: () => session.token });

      const registered = await client.POST('/v1/auth/register', {
        body: { email: `client-${Date.now()}@example.com`, password: 'a-long-enough-password', name: 'Client User' },
      });
      expect(registered.response.status).toBe(201);
      session.token = registered.data!.accessToken;

      const created = await client.POST('/v1/contacts', { body: { name: 'Dana Lee', organization: 'Acme' } });
      expect(created.response.status).toBe(201);
      expect(created.data).toMatchObject({ name: 'Dana Lee', organization: 'Acme', version: 1 });

      const listed = await client.GET('/v1/contacts', { params: { query: { limit: 10 } } });
      expect(listed.data?.data.map((contact) => contact.name)).toEqual(['Dana Lee']);

      // A LinkedIn export, uploaded as a phone app would (multipart): two people, one of them twice.
      const form = new FormData();
      const csv = [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Ivy,Chen,https://www.linkedin.com/in/ivy-chen,ivy@example.com,Globex,PMO Lead,01 Mar 2024',
        'Jamal,Hughes,https://www.linkedin.com/in/jamal-hughes,,Initech,CIO,02 Mar 2024',
      ].join('\r\n');
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'Connections.csv');
      const imported = await client.POST('/v1/contacts/import', {
        body: form as never,
        bodySerializer: (body: unknown) => body as FormData,
      });
      expect(imported.response.status).toBe(200);
      expect(imported.data).toMatchObject({ created: 2, updated: 0, errors: [] });
      const again = await client.POST('/v1/contacts/import', {
        body: form as never,
        bodySerializer: (body: unknown) => body as FormData,
      });
      expect(again.data).toMatchObject({ created: 0 });

      const first = await client.GET('/v1/sync', {});
      expect(first.data?.changes.map((change) => change.entity)).toEqual(['contact', 'contact', 'contact']);
      expect(first.data?.changes.map((change) => change.data?.name).sort()).toEqual([
        'Dana Lee',
        'Ivy Chen',
        'Jamal Hughes',
      ]);

      await client.PATCH('/v1/contacts/{id}', {
        params: { path: { id: created.data!.id } },
        body: { title: 'Head of Digital' },
      });
      const second = await client.GET('/v1/sync', { params: { query: { since: first.data!.cursor } } });
      expect(second.data?.changes).toHaveLength(1);
      expect(second.data?.changes[0].data).toMatchObject({ title: 'Head of Digital', version: 2 });

      // Errors come back typed as problem+json, not thrown.
      const missing = await client.GET('/v1/contacts/{id}', {
        params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
      });
      expect(missing.response.status).toBe(404);
      expect(missing.error).toMatchObject({ status: 404, code: 'not_found' });
    });
  });
});
