import { describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { createTestDatabase } from '../support/test-app.js';

describe('migrations', () => {
  it('leave nothing for TypeORM to generate: the migrated schema equals the entities', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('revert all the way down and apply again', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    try {
      const applied = dataSource.migrations.length;
      expect(applied).toBeGreaterThan(0);
      for (let i = 0; i < applied; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      // TypeORM's own bookkeeping stays: the migrations run, and the generated columns' expressions
      // (typeorm_metadata, which it creates itself before running migrations of such entities).
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
            AND table_name NOT IN ('migrations', 'typeorm_metadata')`,
      );
      expect(tables).toEqual([]);
      const reapplied = await dataSource.runMigrations({ transaction: 'each' });
      expect(reapplied).toHaveLength(applied);
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
