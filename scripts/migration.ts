/**
 * Migrations: `generate <Name>` writes migrations/<timestamp>-<Name>.ts from the difference between
 * the entities and a migrated database; `run` applies pending ones; `revert` undoes the last one.
 * Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (as `npm start` does).
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { resolveRuntime } from '../src/config/resolve-config.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';

const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

async function generate(dataSource: DataSource, name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('Name the migration in PascalCase for what it does, e.g. AddContacts');
  await dataSource.runMigrations({ transaction: 'each' });
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    process.stdout.write('No changes: the database already matches the entities.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  // A query with parameters keeps them: TypeORM's typeorm_metadata rows for generated columns, whose
  // database name a reviewed migration takes from current_database() instead (see 1795890000000-…).
  const call = (q: { query: string; parameters?: unknown[] }) =>
    `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
  const up = sql.upQueries.map(call).join('\n');
  const down = sql.downQueries.reverse().map(call).join('\n');
  const file = path.resolve('migrations', `${timestamp}-${name}.ts`);
  await writeFile(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  process.stdout.write(
    `Wrote ${path.relative(process.cwd(), file)}. Review it, then add ${className} to migrations/index.ts.\n`,
  );
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const runtime = await resolveRuntime(process.env);
  const dataSource = new DataSource(dataSourceOptions(runtime.config.databaseUrl));
  await dataSource.initialize();
  try {
    if (command === 'generate') await generate(dataSource, name ?? '');
    else if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(`Applied ${applied.length} migration(s).\n`);
    } else if (command === 'revert') await dataSource.undoLastMigration({ transaction: 'each' });
    else throw new Error('usage: migration.js generate <Name> | run | revert');
  } finally {
    await dataSource.destroy();
    await runtime.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
