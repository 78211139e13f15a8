import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { AppConfig } from '../../src/config/app-config.js';
import { validateEnv } from '../../src/config/env.schema.js';
import { createApiKey, createContact } from '../support/api.js';
import { expectStrictProblem } from '../support/problems.js';
import { appDatabaseUrl, createTestDatabase, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';
import { registerUser, uniqueEmail, type TestUser } from '../factories/users.js';

/**
 * What the logs hold at LOG_LEVEL=info (issue 11, findings 7 and 10): an access line per request,
 * and errors logged by class, code and constraint, never with the SQL parameters (emails, argon2
 * hashes, the text of a note), the query, a token or an API key.
 */

type LogLine = Record<string, unknown> & { level: number; msg?: string };

/** The application as createTestApp builds it, but logging at `info` into `lines`. */
async function createLoggingApp(lines: string[]): Promise<TestApp> {
  const database = await createTestDatabase();
  const url = appDatabaseUrl(database.url);
  const vars = validateEnv({ LOG_LEVEL: 'info', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url });
  const config = new AppConfig(vars, { databaseUrl: url, jwtSecret: TEST_JWT_SECRET });
  const app: NestFastifyApplication = await createApp(config, {
    migrate: false,
    logDestination: { write: (line: string) => void lines.push(line) },
  });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    app,
    config,
    databaseUrl: database.url,
    http: () => request(app.getHttpServer()),
    sql: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    async close() {
      await pool.end();
      await app.close();
      await database.drop();
    },
  };
}

describe('logs', () => {
  const raw: string[] = [];
  let t: TestApp;
  let user: TestUser;
  const parsed = () => raw.map((line) => JSON.parse(line) as LogLine);
  const linesOf = (requestId: string) =>
    parsed().filter((line) => line.reqId === requestId || line.requestId === requestId);
  const accessLinesOf = (requestId: string) =>
    parsed().filter((line) => line.reqId === requestId && line.msg === 'request completed');

  beforeAll(async () => {
    t = await createLoggingApp(raw);
    user = await registerUser(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('access log', () => {
    it('writes one line per request: method, route pattern, status, duration, request id, user id', async () => {
      const contactId = (await createContact(t, user, { name: 'Grace Hopper' })).id;
      const requestId = randomUUID();
      const res = await t.http().get(`/v1/contacts/${contactId}`).set(user.auth).set('X-Request-Id', requestId);
      expect(res.status).toBe(200);
      const lines = accessLinesOf(requestId);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toEqual(
        expect.objectContaining({
          level: 30,
          reqId: requestId,
          method: 'GET',
          route: '/v1/contacts/:id',
          status: 200,
          durationMs: expect.any(Number),
          userId: user.id,
        }),
      );
      // The route pattern, not the path: ids stay out of the access line.
      expect(JSON.stringify(lines[0])).not.toContain(contactId);
    });

    it('logs refused and anonymous requests too, without a user', async () => {
      const requestId = randomUUID();
      const res = await t.http().get('/v1/contacts').set('X-Request-Id', requestId);
      expectStrictProblem(res, 401, 'unauthenticated');
      expect(accessLinesOf(requestId)).toEqual([
        expect.objectContaining({ method: 'GET', route: '/v1/contacts', status: 401, userId: null }),
      ]);
      const unknown = randomUUID();
      await t.http().get('/v1/no-such-route?secret=1').set('X-Request-Id', unknown).expect(404);
      expect(accessLinesOf(unknown)).toEqual([
        expect.objectContaining({ route: null, path: '/v1/no-such-route', status: 404 }),
      ]);
    });

    it('never logs the Authorization header, a token or an API key given as ?key=', async () => {
      const { key } = await createApiKey(t, user, { name: 'Calendar' });
      const requestId = randomUUID();
      const res = await t
        .http()
        .get(`/v1/agenda.ics?key=${encodeURIComponent(key)}`)
        .set('X-Request-Id', requestId);
      expect(res.status).toBe(200);
      expect(accessLinesOf(requestId)).toEqual([
        expect.objectContaining({ route: '/v1/agenda.ics', status: 200, userId: user.id }),
      ]);
      const all = raw.join('');
      expect(all).not.toContain(key);
      expect(all).not.toContain(user.accessToken);
      expect(all).not.toContain(user.refreshToken);
      expect(all).not.toMatch(/Bearer /i);
      expect(all).not.toMatch(/authorization/i);
    });
  });

  describe('errors', () => {
    it('logs nothing of a registration refused as a duplicate: no email, no password, no hash', async () => {
      const email = uniqueEmail('twice');
      const password = 'a-password-that-must-stay-secret';
      await t.http().post('/v1/auth/register').send({ email, password, name: 'Twice' }).expect(201);
      const requestId = randomUUID();
      const again = await t
        .http()
        .post('/v1/auth/register')
        .set('X-Request-Id', requestId)
        .send({ email: email.toUpperCase(), password, name: 'Twice' });
      expectStrictProblem(again, 409, 'email_taken');
      expect(accessLinesOf(requestId)).toEqual([
        expect.objectContaining({ method: 'POST', route: '/v1/auth/register', status: 409 }),
      ]);
      const all = raw.join('').toLowerCase();
      expect(all).not.toContain(email.toLowerCase());
      expect(all).not.toContain(password);
      expect(all).not.toContain('$argon2');
    });

    it('logs an unexpected database error by class, SQLSTATE and constraint, without the row, query or parameters', async () => {
      // A constraint the API doesn't know: the violation is a 500 (a bug, as far as the API can tell).
      await t.sql(
        `ALTER TABLE contact ADD CONSTRAINT chk_logging_test CHECK (notes IS NULL OR notes NOT LIKE '%forbidden%')`,
      );
      const secretNote = `forbidden note ${randomUUID()}`;
      const requestId = randomUUID();
      try {
        const res = await t
          .http()
          .post('/v1/contacts')
          .set(user.auth)
          .set('X-Request-Id', requestId)
          .send({ name: 'Secret Keeper', email: 'keeper@example.com', notes: secretNote });
        expectStrictProblem(res, 500, 'internal_error');
      } finally {
        await t.sql(`ALTER TABLE contact DROP CONSTRAINT chk_logging_test`);
      }
      const errorLine = linesOf(requestId).find((line) => line.level >= 50);
      expect(errorLine).toBeDefined();
      expect(errorLine).toEqual(
        expect.objectContaining({
          requestId,
          err: expect.objectContaining({ type: 'QueryFailedError', code: '23514', constraint: 'chk_logging_test' }),
        }),
      );
      expect(accessLinesOf(requestId)).toEqual([expect.objectContaining({ status: 500, userId: user.id })]);
      const all = raw.join('');
      for (const leak of [secretNote, 'keeper@example.com', 'Secret Keeper', 'INSERT', 'Failing row', 'violates']) {
        expect({ leak, found: all.includes(leak) }).toEqual({ leak, found: false });
      }
    });
  });
});
