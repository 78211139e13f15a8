import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DecodeStoredLinkedinSlugs1795790000001 } from '../../migrations/1795790000001-DecodeStoredLinkedinSlugs.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { createTestDatabase } from '../support/test-app.js';

/**
 * migrations/1795790000001-DecodeStoredLinkedinSlugs.ts on a populated database: the schema just
 * before it, contacts as the first contact-values migration left them (encoded keys, URLs as
 * written) beside contacts written since (decoded keys), then the migration.
 */
describe('migration: decode stored LinkedIn slugs', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const alice = randomUUID();
  const bob = randomUUID();
  const ids = {
    legacy: randomUUID(),
    modern: randomUUID(),
    collides: randomUUID(),
    plain: randomUUID(),
    both: randomUUID(),
    bobs: randomUUID(),
  };

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    dataSource.query<T[]>(text, params);

  async function insertContact(
    owner: string,
    id: string,
    urls: string[],
    keys: string[],
    createdAt: string,
  ): Promise<void> {
    await sql(
      `INSERT INTO contact (owner_id, id, name, urls, linkedin_url, sync_seq, created_at, updated_at)
       VALUES ($1, $2, 'Someone', $3::jsonb, $4, 0, $5, $5)`,
      [
        owner,
        id,
        JSON.stringify(urls.map((value, i) => ({ value, label: 'linkedin', primary: i === 0 }))),
        urls[0] ?? null,
        createdAt,
      ],
    );
    for (const key of keys) {
      await sql(`INSERT INTO contact_identity (owner_id, kind, value, contact_id) VALUES ($1, 'linkedin', $2, $3)`, [
        owner,
        key,
        id,
      ]);
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(database.url));
    await dataSource.initialize();
    // Back to the schema just before the migration (later ones, if any, first).
    const name = new DecodeStoredLinkedinSlugs1795790000001().name;
    for (;;) {
      const [last] = await sql<{ name: string }>(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      await dataSource.undoLastMigration({ transaction: 'each' });
      if (last.name === name) break;
    }

    // Stored by the first contact-values migration: the URL as written, the key still encoded.
    await insertContact(
      alice,
      ids.legacy,
      ['https://de.linkedin.com/in/J%C3%B6rg-Berg/'],
      ['j%c3%b6rg-berg'],
      '2024-01-01T00:00:00Z',
    );
    // Written since: the decoded key, the canonical URL.
    await insertContact(alice, ids.modern, ['https://www.linkedin.com/in/ren%C3%A9'], ['rené'], '2025-01-01T00:00:00Z');
    // A legacy contact whose key decodes to the one `modern` holds.
    await insertContact(
      alice,
      ids.collides,
      ['https://www.linkedin.com/in/REN%c3%a9'],
      ['ren%c3%a9'],
      '2023-01-01T00:00:00Z',
    );
    // Nothing encoded: left alone.
    await insertContact(
      alice,
      ids.plain,
      ['https://www.linkedin.com/in/plain-slug'],
      ['plain-slug'],
      '2024-01-01T00:00:00Z',
    );
    // The same profile twice in one list, once encoded: one value is kept, the primary one.
    await insertContact(
      alice,
      ids.both,
      ['https://www.linkedin.com/in/s%C3%B8ren', 'https://example.com/me', 'linkedin.com/in/S%c3%b8ren'],
      ['s%c3%b8ren'],
      '2024-01-01T00:00:00Z',
    );
    // Another user's contact with the same legacy key: decoded in their account, no collision.
    await insertContact(
      bob,
      ids.bobs,
      ['https://www.linkedin.com/in/j%c3%b6rg-berg'],
      ['j%c3%b6rg-berg'],
      '2024-01-01T00:00:00Z',
    );

    await dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const keysOf = async (owner: string, id: string) =>
    (
      await sql<{ value: string }>(
        `SELECT value FROM contact_identity WHERE owner_id = $1 AND contact_id = $2 ORDER BY value`,
        [owner, id],
      )
    ).map((row) => row.value);
  const contactRow = async (owner: string, id: string) =>
    (
      await sql<{
        urls: Array<{ value: string; primary: boolean }>;
        version: number;
        sync_seq: string;
        linkedin_url: string;
      }>(`SELECT urls, version, sync_seq, linkedin_url FROM contact WHERE owner_id = $1 AND id = $2`, [owner, id])
    )[0];

  it('decodes the encoded keys, so the unique index and import dedupe see the slug the normaliser gives', async () => {
    expect(await keysOf(alice, ids.legacy)).toEqual(['jörg-berg']);
    expect(await keysOf(alice, ids.both)).toEqual(['søren']);
    expect(await keysOf(bob, ids.bobs)).toEqual(['jörg-berg']);
    expect(await keysOf(alice, ids.plain)).toEqual(['plain-slug']);
    const left = await sql(`SELECT 1 FROM contact_identity WHERE strpos(value, '%') > 0`);
    expect(left).toEqual([]);
  });

  it('keeps both contacts when two collide after decoding, and leaves the second one’s key out', async () => {
    expect(await keysOf(alice, ids.modern)).toEqual(['rené']);
    expect(await keysOf(alice, ids.collides)).toEqual([]);
    const live = await sql(
      `SELECT id FROM contact WHERE owner_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
      [alice, [ids.modern, ids.collides]],
    );
    expect(live).toHaveLength(2);
  });

  it('rewrites the encoded profiles in urls to the canonical URL, with a new version and change number', async () => {
    const legacy = await contactRow(alice, ids.legacy);
    expect(legacy.urls.map((url) => url.value)).toEqual(['https://www.linkedin.com/in/j%C3%B6rg-berg']);
    expect(legacy.version).toBe(2);
    expect(Number(legacy.sync_seq)).toBeGreaterThan(0);
    // The single field keeps the text as it was written.
    expect(legacy.linkedin_url).toBe('https://de.linkedin.com/in/J%C3%B6rg-Berg/');

    const both = await contactRow(alice, ids.both);
    expect(both.urls).toEqual([
      { value: 'https://www.linkedin.com/in/s%C3%B8ren', label: 'linkedin', primary: true },
      { value: 'https://example.com/me', label: 'linkedin', primary: false },
    ]);
    expect((await contactRow(alice, ids.collides)).urls.map((url) => url.value)).toEqual([
      'https://www.linkedin.com/in/ren%C3%A9',
    ]);

    // Already canonical, or nothing encoded: untouched.
    for (const id of [ids.modern, ids.plain]) {
      const row = await contactRow(alice, id);
      expect({ id, version: row.version, seq: Number(row.sync_seq) }).toEqual({ id, version: 1, seq: 0 });
    }
    // Each owner's change number moved once.
    const clocks = await sql<{ owner_id: string; seq: string }>(
      `SELECT owner_id, seq FROM owner_clock WHERE owner_id = ANY($1::uuid[]) ORDER BY owner_id`,
      [[alice, bob]],
    );
    expect(clocks.map((clock) => Number(clock.seq))).toEqual([1, 1]);
  });

  it('goes down and up again without error', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await keysOf(alice, ids.legacy)).toEqual(['jörg-berg']);
  });
});
