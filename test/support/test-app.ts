import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { AppConfig } from '../../src/config/app-config.js';
import { validateEnv } from '../../src/config/env.schema.js';

const TEMPLATE_DATABASE = 'snowball_test_template';
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

function serverUrl(): string {
  const url = process.env.SNOWBALL_TEST_SERVER_URL;
  if (!url) throw new Error('SNOWBALL_TEST_SERVER_URL is not set: run the tests through jest (globalSetup).');
  return url;
}

export function databaseUrl(database: string): string {
  const parsed = new URL(serverUrl());
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True under `npm run test:citus`: every test file runs against the one database of a real Citus cluster. */
export const onCitus = process.env.CITUS_URL !== undefined;

/**
 * The URL the application itself connects with. On Citus its sessions turn every query that is not
 * routed to a single shard into an error, so a per-user request that fans out to every shard fails
 * the test; the few queries that span users on purpose say so in code (`acrossTenants`).
 */
export function appDatabaseUrl(url: string): string {
  if (!onCitus) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('options', '-c citus.multi_task_query_log_level=error');
  return parsed.toString();
}

/** Migrates the (empty) database once per run; the caller holds the advisory lock. */
async function ensureMigrated(database: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  const migrated = await client
    .query<{ table: string | null }>(`SELECT to_regclass('public.migrations')::text AS table`)
    .finally(() => client.end());
  // The template is migrated once; the Citus database is brought up to date for every file (a test
  // file may have reverted migrations).
  if (migrated.rows[0]?.table && !onCitus) return;
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(database)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Citus: the cluster's database, migrated (and distributed) once, with every table emptied. */
async function resetCitusDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = new URL(serverUrl()).pathname.slice(1) || 'postgres';
  await onServer(async (client) => {
    await client.query('SELECT pg_advisory_lock(7141)');
    try {
      await ensureMigrated(name);
      const [{ tables }] = (
        await client.query<{ tables: string | null }>(
          `SELECT string_agg(quote_ident(tablename), ', ') AS tables FROM pg_tables
            WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'audit_log', 'typeorm_metadata')`,
        )
      ).rows;
      // Not in replica mode: Citus empties a distributed table's shards from a TRUNCATE trigger.
      if (tables) await client.query(`TRUNCATE ${tables} CASCADE`);
      // The audit log (local to the coordinator) refuses TRUNCATE by trigger; replica mode skips it.
      await client.query(`SET session_replication_role = replica`);
      await client.query(`TRUNCATE audit_log`);
      await client.query(`RESET session_replication_role`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7141)');
    }
  });
  return { name, url: databaseUrl(name), drop: () => Promise.resolve() };
}

/** A fresh database cloned from the migrated template (on Citus: the cluster's database, emptied). */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  if (onCitus) return resetCitusDatabase();
  const name = `snowball_test_${randomBytes(6).toString('hex')}`;
  await onServer(async (client) => {
    // One file at a time: migrating the template and cloning it both need it to be left alone.
    await client.query('SELECT pg_advisory_lock(7141)');
    try {
      await ensureMigrated(TEMPLATE_DATABASE);
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7141)');
    }
  });
  // TypeORM keys its copy of generated columns' expressions by database name (what a migration wrote
  // for the template): the clone's schema then compares as the migrations left it.
  const clone = new pg.Client({ connectionString: databaseUrl(name) });
  await clone.connect();
  await clone
    .query(`UPDATE typeorm_metadata SET database = current_database() WHERE database = $1`, [TEMPLATE_DATABASE])
    .finally(() => clone.end());
  return {
    name,
    url: databaseUrl(name),
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  databaseUrl: string;
  http(): TestAgent;
  /** Runs SQL directly against this test file's database (for setup and for checking what was stored). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The real application on its own database. `env` overrides settings (as the environment would),
 * e.g. `{ RATE_LIMIT_USER_PER_MINUTE: '5' }`.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const url = appDatabaseUrl(database.url);
  const vars = validateEnv({ LOG_LEVEL: 'silent', JWT_SECRET: TEST_JWT_SECRET, DATABASE_URL: url, ...env });
  const config = new AppConfig(vars, { databaseUrl: url, jwtSecret: vars.JWT_SECRET ?? TEST_JWT_SECRET });
  const app = await createApp(config, { migrate: false });
  // Rows the tests write straight into the database are numbered 0 for delta sync, like rows that
  // existed before it (docs/sync.md); the app's own writes each take a change number.
  const pool = new pg.Pool({ connectionString: database.url, max: 2, options: '-c snowball.sync_seq=0' });
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
