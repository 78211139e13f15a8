import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { AppConfig } from './app-config.js';
import { ConfigurationError, validateEnv } from './env.schema.js';

export interface Runtime {
  config: AppConfig;
  /** The embedded server, when Snowball started one (no DATABASE_URL). */
  embedded: EmbeddedDatabase | null;
}

/** JWT_SECRET unset in embedded mode: generate one once and keep it beside the data. */
async function secretFromDataDir(dataDir: string): Promise<string> {
  const file = path.resolve(dataDir, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/**
 * Validates the environment, then resolves what it leaves open: without DATABASE_URL an embedded
 * PostgreSQL is started under DATA_DIR, and without JWT_SECRET one is generated and kept there.
 */
export async function resolveRuntime(
  env: Record<string, string | undefined>,
  log: (line: string) => void = () => undefined,
): Promise<Runtime> {
  const vars = validateEnv(env);
  if (vars.DATABASE_URL) {
    if (!vars.JWT_SECRET) {
      throw new ConfigurationError(['JWT_SECRET is required when DATABASE_URL is set (every instance must share it)']);
    }
    return {
      config: new AppConfig(vars, { databaseUrl: vars.DATABASE_URL, jwtSecret: vars.JWT_SECRET }),
      embedded: null,
    };
  }
  const jwtSecret = vars.JWT_SECRET ?? (await secretFromDataDir(vars.DATA_DIR));
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(vars.DATA_DIR, 'postgres'),
    database: 'snowball',
    log,
  });
  return { config: new AppConfig(vars, { databaseUrl: embedded.url, jwtSecret }), embedded };
}
