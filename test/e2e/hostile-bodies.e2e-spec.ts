import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { JSON_MAX_DEPTH, PUBLIC_BODY_LIMIT_BYTES } from '../../src/common/http/json-body.js';
import { registerUser, uniqueEmail, type TestUser } from '../factories/users.js';
import { expectStrictProblem, fieldsOf } from '../support/problems.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Bodies built to hurt (issue 11, finding 2) and bodies that are not JSON (issue 7, item 5).
 * Nesting is limited when the body is parsed; anonymous bodies are refused before they are read.
 */

/** `depth` levels of arrays around `inner`: `[[[inner]]]`. */
const nested = (depth: number, inner = '1') => '['.repeat(depth) + inner + ']'.repeat(depth);

/** No framework names or error codes in what the client sees. */
function expectNoFrameworkNames(res: Response): void {
  expect(res.text).not.toMatch(/FST_|fastify|nestjs/i);
}

interface RawResponse {
  status: number;
  body: { code?: string; detail?: string };
  text: string;
}

/**
 * Sends exactly these headers and body chunks over a socket, as supertest can't: no Content-Length
 * unless given (`Transfer-Encoding: chunked` then), no Content-Type unless given.
 */
async function sendRaw(
  server: Server,
  path: string,
  headers: Record<string, string>,
  chunks: string[],
): Promise<RawResponse> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as RawResponse['body'], text }),
      );
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const NESTED_TOO_DEEPLY = `The JSON body is nested too deeply (at most ${JSON_MAX_DEPTH} levels).`;
const NOT_JSON = 'Send the body as JSON with Content-Type: application/json.';

describe('hostile and non-JSON request bodies', () => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const postJson = (path: string, body: string) =>
    t.http().post(path).set('Content-Type', 'application/json').send(body);

  describe('nesting depth', () => {
    it('refuses a deeply nested body on a public route with 400 naming the problem (was a 500)', async () => {
      const body = `{"email":${nested(5000, '"a@example.com"')},"password":"whatever-password"}`;
      expect(body.length).toBeLessThan(PUBLIC_BODY_LIMIT_BYTES);
      const res = await postJson('/v1/auth/login', body);
      const problem = expectStrictProblem(res, 400, 'malformed_request');
      expect(problem.detail).toBe(NESTED_TOO_DEEPLY);
    });

    it('refuses a 1 MB deeply nested body on a public route by its size, before parsing it', async () => {
      const res = await postJson('/v1/auth/login', nested(500_000));
      const problem = expectStrictProblem(res, 413, 'payload_too_large');
      expect(problem.detail).toBe(`The request body is larger than the 16 KiB this route accepts.`);
    });

    it('refuses a 1 MB deeply nested body on a protected route with 400 naming the problem', async () => {
      const res = await t
        .http()
        .post('/v1/contacts')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(`{"name":${nested(300_000, '"x"')}}`);
      const problem = expectStrictProblem(res, 400, 'malformed_request');
      expect(problem.detail).toBe(NESTED_TOO_DEEPLY);
    });

    it(`accepts ${JSON_MAX_DEPTH} levels (the body reaches validation) and refuses ${JSON_MAX_DEPTH + 1}`, async () => {
      // The outer object is level 1, so the value holds JSON_MAX_DEPTH - 1 levels of arrays.
      const atLimit = await t
        .http()
        .post('/v1/contacts')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(`{"name":${nested(JSON_MAX_DEPTH - 1, '"x"')}}`);
      expect(fieldsOf(expectStrictProblem(atLimit, 400, 'validation_failed'))).toContain('name');

      const overLimit = await t
        .http()
        .post('/v1/contacts')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(`{"name":${nested(JSON_MAX_DEPTH, '"x"')}}`);
      expect(expectStrictProblem(overLimit, 400, 'malformed_request').detail).toBe(NESTED_TOO_DEEPLY);
    });

    it('does not count brackets inside strings (escaped quotes included)', async () => {
      const name = `\\"${'['.repeat(100)}{{{`;
      const res = await t
        .http()
        .post('/v1/contacts')
        .set(user.auth)
        .set('Content-Type', 'application/json')
        .send(`{"name":"${name}"}`);
      expect(res.status).toBe(201);
      expect(res.body.name).toBe(`"${'['.repeat(100)}{{{`);
    });

    it('still serves normal bodies: register, login, create', async () => {
      const email = uniqueEmail('normal');
      const register = await t
        .http()
        .post('/v1/auth/register')
        .send({ email, password: 'a-long-enough-password', name: 'Normal' });
      expect(register.status).toBe(201);
      const login = await t.http().post('/v1/auth/login').send({ email, password: 'a-long-enough-password' });
      expect(login.status).toBe(200);
      const created = await t
        .http()
        .post('/v1/contacts')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .send({ name: 'Ada', tags: ['a', 'b'] });
      expect(created.status).toBe(201);
    });
  });

  describe('bodies of unauthenticated requests', () => {
    it('answers a protected route without credentials 401 without reading the body', async () => {
      // Were the body parsed first, each of these would be a 400 or a 415, not a 401.
      const bodies: [string, string][] = [
        ['application/json', nested(500_000)],
        ['application/json', '{"name": "not json'],
        ['text/plain', 'hello'],
      ];
      for (const [type, body] of bodies) {
        const res = await t.http().post('/v1/contacts').set('Content-Type', type).send(body);
        expect(expectStrictProblem(res, 401, 'unauthenticated').detail).toBe(
          'Send Authorization: Bearer <access token or API key>.',
        );
      }
    });

    it('refuses a public-route body over 16 KiB with 413, also when it is sent without Content-Length', async () => {
      const big = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(PUBLIC_BODY_LIMIT_BYTES) });
      expectStrictProblem(await postJson('/v1/auth/login', big), 413, 'payload_too_large');

      // Chunked: nothing to check before the body arrives, so the parser measures it.
      const chunked = await sendRaw(
        t.app.getHttpServer(),
        '/v1/auth/login',
        { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        [big.slice(0, 9000), big.slice(9000)],
      );
      expect(chunked.status).toBe(413);
      expect(chunked.body).toMatchObject({ code: 'payload_too_large' });
    });

    it("names the route's own limit when a body is too large: 1 MiB for JSON, 50 MiB for a data import, sent whole or chunked", async () => {
      const auth = { Authorization: user.auth.Authorization, 'Content-Type': 'application/json' };
      const overOneMiB = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) });
      const sized = await postJson('/v1/me/api-keys', overOneMiB).set(user.auth);
      expect(expectStrictProblem(sized, 413, 'payload_too_large').detail).toBe(
        'The request body is larger than the 1 MiB this route accepts.',
      );
      const chunked = await sendRaw(
        t.app.getHttpServer(),
        '/v1/me/api-keys',
        { ...auth, 'Transfer-Encoding': 'chunked' },
        [overOneMiB.slice(0, 1000), overOneMiB.slice(1000)],
      );
      expect(chunked.status).toBe(413);
      expect(chunked.body.detail).toBe('The request body is larger than the 1 MiB this route accepts.');

      const overFiftyMiB = JSON.stringify({ format: 'snowball-export', notes: 'x'.repeat(50 * 1024 * 1024) });
      const restore = await postJson('/v1/me/import', overFiftyMiB).set(user.auth);
      expect(expectStrictProblem(restore, 413, 'payload_too_large').detail).toBe(
        'The request body is larger than the 50 MiB this route accepts.',
      );
      const restoreChunked = await sendRaw(
        t.app.getHttpServer(),
        '/v1/me/import',
        { ...auth, 'Transfer-Encoding': 'chunked' },
        [overFiftyMiB.slice(0, 1000), overFiftyMiB.slice(1000)],
      );
      expect(restoreChunked.status).toBe(413);
      expect(restoreChunked.body.detail).toBe('The request body is larger than the 50 MiB this route accepts.');
    });

    it('still lets a public route take a body just under 16 KiB to validation', async () => {
      const body = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(PUBLIC_BODY_LIMIT_BYTES - 100) });
      const res = await postJson('/v1/auth/login', body);
      expect(fieldsOf(expectStrictProblem(res, 400, 'validation_failed'))).toEqual(['password']);
    });
  });

  describe('JSON other than a JSON object', () => {
    it('answers malformed JSON and an empty JSON body with 400 saying so', async () => {
      const malformed = await postJson('/v1/auth/login', '{"email": "a@example.com",');
      expect(expectStrictProblem(malformed, 400, 'malformed_request').detail).toBe(
        'The request body is not valid JSON.',
      );
      const empty = await t.http().post('/v1/auth/login').set('Content-Type', 'application/json').send('');
      expect(expectStrictProblem(empty, 400, 'malformed_request').detail).toMatch(/The request body is empty/);
    });

    it('refuses prototype-poisoning property names with 400', async () => {
      const res = await postJson('/v1/auth/login', '{"email":"a@example.com","password":"p","__proto__":{"x":1}}');
      expect(expectStrictProblem(res, 400, 'malformed_request').detail).toMatch(/__proto__/);
    });
  });

  describe('Content-Type (415 when the body is not sent as JSON)', () => {
    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['an invalid Content-Type', 'not a media type'],
    ])('refuses %s with 415 problem+json', async (_label, type) => {
      const res = await t.http().post('/v1/contacts').set(user.auth).set('Content-Type', type).send('{"name":"x"}');
      expect(expectStrictProblem(res, 415, 'unsupported_media_type').detail).toBe(NOT_JSON);
      expectNoFrameworkNames(res);
    });

    it('refuses a body without any Content-Type with 415', async () => {
      const res = await sendRaw(
        t.app.getHttpServer(),
        '/v1/contacts',
        { Authorization: user.auth.Authorization, 'Content-Length': '12' },
        ['{"name":"x"}'],
      );
      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ code: 'unsupported_media_type', detail: NOT_JSON });
      expect(res.text).not.toMatch(/FST_|fastify/i);
    });

    it('refuses a non-JSON body on a public route with 415 too, and on PATCH', async () => {
      const login = await t.http().post('/v1/auth/login').set('Content-Type', 'text/plain').send('x');
      expect(expectStrictProblem(login, 415, 'unsupported_media_type').detail).toBe(NOT_JSON);
      const patch = await t
        .http()
        .patch(`/v1/contacts/${user.id}`)
        .set(user.auth)
        .set('Content-Type', 'text/plain')
        .send('{"name":"x"}');
      expectStrictProblem(patch, 415, 'unsupported_media_type');
    });

    it('accepts application/merge-patch+json (and other +json types) as JSON', async () => {
      const created = await t.http().post('/v1/contacts').set(user.auth).send({ name: 'Before' });
      expect(created.status).toBe(201);
      const patched = await t
        .http()
        .patch(`/v1/contacts/${created.body.id}`)
        .set(user.auth)
        .set('Content-Type', 'application/merge-patch+json')
        .send('{"name":"After"}');
      expect(patched.status).toBe(200);
      expect(patched.body.name).toBe('After');

      const vendor = await t
        .http()
        .post('/v1/contacts')
        .set(user.auth)
        .set('Content-Type', 'application/vnd.snowball+json; charset=utf-8')
        .send('{"name":"Vendor"}');
      expect(vendor.status).toBe(201);
    });

    it('accepts application/json with parameters and in any case', async () => {
      const res = await t
        .http()
        .post('/v1/contacts')
        .set(user.auth)
        .set('Content-Type', 'Application/JSON; charset=UTF-8')
        .send('{"name":"Cased"}');
      expect(res.status).toBe(201);
    });

    it('keeps a 404 for an unknown path whatever the body', async () => {
      const res = await t.http().post('/v1/no-such-route').set('Content-Type', 'text/plain').send('x');
      expectStrictProblem(res, 404, 'route_not_found');
    });
  });
});
