/**
 * LinkedIn slugs stored before the normaliser decoded them. `1795730000000-AddContactValues` copied
 * each contact's `linkedin_url` into `urls` as written and keyed it in `contact_identity` by the
 * lower-cased path segment, still percent-encoded (`/in/J%C3%B6rg` → `j%c3%b6rg`), while everything
 * written since is keyed by the decoded slug (`jörg`, src/modules/imports/normalize.ts) and stored as
 * `https://www.linkedin.com/in/<encodeURIComponent(slug)>`. So an import of `/in/jörg` did not find
 * the old contact, and the unique index did not stop a second one. This migration:
 *
 * - rewrites each percent-encoded LinkedIn profile in `contact.urls` to the URL the normaliser gives
 *   today (one value per profile; the primary flag kept), bumping the contact's `version` and
 *   stamping it with a change number of its owner, so delta sync sends it again;
 * - replaces each percent-encoded `linkedin` key in `contact_identity` by the decoded slug. When
 *   another live contact of the owner already holds the decoded key (or an older legacy contact
 *   decoded to the same one first), both contacts stay and the second one's key is left out: the
 *   unique index keeps holding, and `GET /v1/contacts/duplicates` lists the pair as
 *   `same_linkedin`, to be merged or dismissed by the user.
 *
 * Only rows with a `%` in a LinkedIn value are read. The decoding is copied here, not imported, so
 * this migration keeps doing what it did when the normaliser changes.
 *
 * `down()` changes nothing back: the decoded keys and canonical URLs are what the code on both sides
 * of this migration writes and matches, and the encoded keys were never matched by anything. Keys
 * left out on a collision are not recreated (the next write of the contact writes its keys again,
 * and then the unique index names the other contact as a 409).
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface StoredValue {
  value: string;
  label: string | null;
  primary: boolean;
}

/** The decoded, NFC, lower-case slug of an encoded one; null when it can't be a slug. */
function decodeSlug(segment: string): string | null {
  let slug: string;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    return null;
  }
  slug = slug.normalize('NFC').trim().toLowerCase();
  if (slug === '' || /[\s/?#]/.test(slug) || slug.length > 100) return null;
  return slug;
}

/** The canonical URL of a LinkedIn profile URL, or null when `text` is not one. */
function canonicalProfile(text: string): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null;
  const match = /^\/in\/([^/]+)\/?/.exec(url.pathname);
  const slug = match ? decodeSlug(match[1]) : null;
  return slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}` : null;
}

/** `urls` with every encoded LinkedIn profile canonical, duplicates folded (the primary kept); null when unchanged. */
function canonicalUrls(urls: StoredValue[]): StoredValue[] | null {
  const out: StoredValue[] = [];
  let changed = false;
  for (const item of urls) {
    const canonical = item.value.includes('%') ? canonicalProfile(item.value) : null;
    const value = canonical ?? item.value;
    if (value !== item.value) changed = true;
    const same = out.find((kept) => kept.value === value);
    if (same) {
      same.primary = same.primary || item.primary;
      changed = true;
    } else {
      out.push({ ...item, value });
    }
  }
  return changed ? out : null;
}

export class DecodeStoredLinkedinSlugs1795790000001 implements MigrationInterface {
  name = 'DecodeStoredLinkedinSlugs1795790000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Contacts: the encoded profiles in urls.
    const contacts = (await queryRunner.query(
      `SELECT owner_id, id, urls FROM contact WHERE urls::text ~* 'linkedin\\.com/in/[^"]*%' ORDER BY owner_id, id`,
    )) as Array<{ owner_id: string; id: string; urls: StoredValue[] }>;
    let clockOf: string | null = null;
    for (const contact of contacts) {
      const urls = canonicalUrls(contact.urls);
      if (!urls) continue;
      if (clockOf !== contact.owner_id) {
        // The owner's next change number (src/database/sync-clock.ts, takeChangeNumber), for this transaction.
        await queryRunner.query(
          `WITH clock AS (
             INSERT INTO owner_clock (owner_id, seq) VALUES ($1, 1)
             ON CONFLICT (owner_id) DO UPDATE SET seq = owner_clock.seq + 1
             RETURNING seq
           )
           SELECT set_config('snowball.sync_seq', seq::text, true) FROM clock`,
          [contact.owner_id],
        );
        clockOf = contact.owner_id;
      }
      await queryRunner.query(
        `UPDATE contact SET urls = $3::jsonb, version = version + 1, sync_seq = snowball_sync_seq()
          WHERE owner_id = $1 AND id = $2`,
        [contact.owner_id, contact.id, JSON.stringify(urls)],
      );
    }

    // Identity keys: decoded, oldest contact first; a key another contact holds is left out.
    const keys = (await queryRunner.query(
      `SELECT i.owner_id, i.contact_id, i.value
         FROM contact_identity i
         JOIN contact c ON c.owner_id = i.owner_id AND c.id = i.contact_id
        WHERE i.kind = 'linkedin' AND strpos(i.value, '%') > 0
        ORDER BY i.owner_id, c.created_at, c.id`,
    )) as Array<{ owner_id: string; contact_id: string; value: string }>;
    for (const key of keys) {
      const slug = decodeSlug(key.value);
      if (!slug || slug === key.value) continue;
      await queryRunner.query(
        `DELETE FROM contact_identity WHERE owner_id = $1 AND contact_id = $2 AND kind = 'linkedin' AND value = $3`,
        [key.owner_id, key.contact_id, key.value],
      );
      await queryRunner.query(
        `INSERT INTO contact_identity (owner_id, kind, value, contact_id) VALUES ($1, 'linkedin', $2, $3)
         ON CONFLICT DO NOTHING`,
        [key.owner_id, slug, key.contact_id],
      );
    }
  }

  public async down(): Promise<void> {
    // Nothing to undo: see the comment at the top.
  }
}
