import { randomUUID } from 'node:crypto';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { entities } from './entities.js';
import { SnowballNamingStrategy } from './naming.strategy.js';

/** What every Snowball session's `application_name` starts with; the rest names its instance. */
export const SESSION_NAME_PREFIX = 'snowball/';

/**
 * The one definition of how Snowball talks to PostgreSQL: used by the app, the scripts and the tests.
 * Each data source (one per running instance) names its sessions `snowball/<random id>`, so an
 * instance can tell from `pg_stat_activity` whether another one is still alive (idempotency claims).
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnowballNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5_000,
      application_name: `${SESSION_NAME_PREFIX}${randomUUID()}`,
    },
  };
}
