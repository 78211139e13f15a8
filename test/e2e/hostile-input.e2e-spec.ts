import { connect } from 'node:net';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import type { Response } from 'supertest';
import { createContact, createInquiry } from '../support/api.js';
import { registerUser, uniqueEmail, type TestUser } from '../factories/users.js';
import { expectStrictProblem, type ProblemBody } from '../support/problems.js';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

/**
 * Ordinary bad input that used to end in a 500 or be accepted (issue 11, findings 3, 4 and 5):
 * NUL characters and lone surrogates in any string, tokens whose subject is not a user id, property
 * names of Object.prototype, impossible dates, and errors raised by the HTTP layer itself.
 */

const LONE_SURROGATE = 'Ada \ud800 Lovelace';

/** The one `{ field, message }` of a 400 validation problem. */
function onlyError(res: Response): { field: string; message: string } {
  const body = expectStrictProblem(res, 400, 'validation_failed');
  expect(body.errors).toHaveLength(1);
  return body.errors![0];
}

/** No framework names, error codes or echoed internals in what the client sees. */
function expectNoFrameworkNames(text: string): void {
  expect(text).not.toMatch(/FST_|fastify|nestjs|HPE_|Exceeded maximum/i);
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `request` as is on a fresh TCP connection and reads the whole answer (the server closes it). */
async function sendRaw(server: Server, request: string): Promise<RawResponse> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const text = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', () => resolve(received));
    socket.on('error', (error) => (received ? resolve(received) : reject(error)));
    socket.write(request);
  });
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

describe('hostile input', () => {
  let t: TestApp;
  let user: TestUser;
  let contactId: string;
  beforeAll(async () => {
    t = await createTestApp();
    user = await registerUser(t);
    contactId = (await createContact(t, user, { name: 'Grace Hopper' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (path: string, body: unknown) =>
    t
      .http()
      .post(path)
      .set(user.auth)
      .send(body as object);

  describe('NUL characters (U+0000), which PostgreSQL text cannot hold', () => {
    it('refuses one in a body string with 400 naming the field (was a 500)', async () => {
      const res = await post('/v1/contacts', { name: 'Grace\u0000Hopper' });
      expect(onlyError(res)).toEqual({ field: 'name', message: 'name must not contain a NUL character (U+0000)' });
    });

    it('names a nested field and an array entry by their paths', async () => {
      const inquiryId = (await createInquiry(t, user)).id;
      await t.http().post(`/v1/inquiries/${inquiryId}/participants`).set(user.auth).send({ contactId }).expect(201);
      const nested = await post(`/v1/inquiries/${inquiryId}/referrals`, {
        referrerId: contactId,
        referred: { name: 'New\u0000Person' },
      });
      expect(onlyError(nested).field).toBe('referred.name');
      const entry = await post('/v1/contacts', { name: 'Tagged', tags: ['fine', 'bad\u0000tag'] });
      expect(onlyError(entry).field).toBe('tags.1');
    });

    it.each([
      ['q', '/v1/contacts?q=%00'],
      ['tag', '/v1/contacts?tag=a%00b'],
    ])('refuses one in the query parameter %s with 400 naming it (was a 500)', async (field, path) => {
      const res = await t.http().get(path).set(user.auth);
      expect(onlyError(res)).toEqual({ field, message: `${field} must not contain a NUL character (U+0000)` });
    });

    it('stores nothing', async () => {
      const rows = await t.sql(`SELECT 1 FROM contact WHERE name LIKE 'Grace%Hopper' AND name <> 'Grace Hopper'`);
      expect(rows).toHaveLength(0);
    });
  });

  describe('lone surrogates (text that is not valid Unicode)', () => {
    it('refuses one in an email with 400 naming the field (isEmail used to throw: 500)', async () => {
      const res = await t
        .http()
        .post('/v1/auth/register')
        .send({ email: `ada\ud800@example.com`, password: 'a-long-enough-password', name: 'Ada' });
      expect(onlyError(res)).toEqual({ field: 'email', message: 'email must be valid Unicode text' });
      const contact = await post('/v1/contacts', { name: 'Ada', email: 'ada\udfff@example.com' });
      expect(onlyError(contact).field).toBe('email');
    });

    it('refuses one in a name (written to the audit log as jsonb) with 400 naming the field', async () => {
      const register = await t
        .http()
        .post('/v1/auth/register')
        .send({ email: uniqueEmail('surrogate'), password: 'a-long-enough-password', name: LONE_SURROGATE });
      expect(onlyError(register)).toEqual({ field: 'name', message: 'name must be valid Unicode text' });
      const contact = await post('/v1/contacts', { name: LONE_SURROGATE });
      expect(onlyError(contact)).toEqual({ field: 'name', message: 'name must be valid Unicode text' });
    });

    it('accepts well-formed text outside the Basic Multilingual Plane (a surrogate pair)', async () => {
      const res = await post('/v1/contacts', { name: 'Ada 🐝 Lovelace' });
      expect(res.status).toBe(201);
      expect((res.body as { name: string }).name).toBe('Ada 🐝 Lovelace');
    });
  });

  describe('access tokens', () => {
    it('answers a validly signed token whose subject is not a user id with 401 (was a 500)', async () => {
      const token = t.app
        .get(JwtService)
        .sign({ sub: 'not-a-uuid', typ: 'access' }, { secret: TEST_JWT_SECRET, algorithm: 'HS256', expiresIn: 60 });
      const res = await t.http().get('/v1/contacts').set('Authorization', `Bearer ${token}`);
      expectStrictProblem(res, 401, 'unauthenticated');
    });
  });

  describe('property names of Object.prototype', () => {
    it.each(['toString', 'hasOwnProperty', 'valueOf', 'constructor', 'isPrototypeOf'])(
      'refuses %s in a body as "not a field of this request" (it used to pass the unknown-property check)',
      async (property) => {
        const res = await post('/v1/contacts', { name: 'Prototype', [property]: 'x' });
        expect(onlyError(res)).toEqual({ field: property, message: `${property} is not a field of this request` });
      },
    );

    it('refuses one in a nested object, named by its path', async () => {
      const inquiryId = (await createInquiry(t, user)).id;
      const res = await post(`/v1/inquiries/${inquiryId}/referrals`, {
        referrerId: contactId,
        referred: { name: 'Nested', hasOwnProperty: 1 },
      });
      expect(onlyError(res)).toEqual({
        field: 'referred.hasOwnProperty',
        message: 'referred.hasOwnProperty is not a field of this request',
      });
    });

    it('refuses one in a query string', async () => {
      const res = await t.http().get('/v1/contacts?valueOf=1').set(user.auth);
      expect(onlyError(res)).toEqual({ field: 'valueOf', message: 'valueOf is not a field of this request' });
    });
  });

  describe('timestamps', () => {
    it.each([
      ['a day that does not exist', '2025-02-30'],
      ['a date-time on a day that does not exist', '2025-02-30T09:00:00Z'],
      ['an expanded (six-digit) year', '+002025-03-01T00:00:00Z'],
      ['true', true],
      ['a number', 123],
    ])('refuses %s for occurredAt with 400 naming it', async (_label, occurredAt) => {
      const res = await post('/v1/interactions', { contactId, kind: 'call', occurredAt });
      expect(onlyError(res).field).toBe('occurredAt');
    });
  });

  describe('errors raised by the HTTP layer itself', () => {
    it('answers a path parameter over the length limit with 414 problem+json naming no framework', async () => {
      const res = await t
        .http()
        .get(`/v1/contacts/${'a'.repeat(500)}`)
        .set(user.auth);
      const problem: ProblemBody = expectStrictProblem(res, 414, 'uri_too_long');
      expect(problem.detail).toBe('A part of the path is longer than 100 characters.');
      expectNoFrameworkNames(res.text);
    });

    it('answers headers over the size limit with 431 problem+json naming no framework', async () => {
      const server: Server = t.app.getHttpServer();
      const res = await sendRaw(
        server,
        `GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
      );
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
      const problem = JSON.parse(res.body) as ProblemBody;
      expect(problem).toMatchObject({ status: 431, code: 'headers_too_large', type: expect.stringMatching(/^https/) });
      expectNoFrameworkNames(res.body);
    });

    it('answers a request the HTTP parser cannot read with 400 problem+json', async () => {
      const server: Server = t.app.getHttpServer();
      const res = await sendRaw(server, `GET /health/live HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.body)).toMatchObject({ status: 400, code: 'malformed_request' });
      expectNoFrameworkNames(res.body);
    });
  });
});
