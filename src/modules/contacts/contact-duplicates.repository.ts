/**
 * Likely duplicates among one owner's live contacts (docs/domain.md, "Likely duplicates"), found in
 * one SQL statement over `contact` (the values the contact holds, not `contact_identity`: the
 * identity keys are unique, so they can't show the pairs that slipped past them: contacts from before
 * the unique index, keys left out when two slugs collided after decoding, Gmail variants).
 *
 * Every reason comes from a blocking key, so no step compares every contact with every other:
 * - a value key (`keyed`): an email's canonical address, a LinkedIn slug, an E.164 phone; contacts
 *   sharing one pair up. A key held by more than {@link MAX_GROUP} contacts is not evidence (a
 *   switchboard, a team mailbox) and is left out;
 * - the folded organisation with the folded, word-sorted name (`same_name_and_organization`), with
 *   the same cap;
 * - a similar name at the same organisation: within an organisation, each name is compared with the
 *   two before it in the order of its folded name (when they share the first three letters) and in
 *   the order of its reversed folded name (when they share the last three): sorted neighbourhood, a
 *   typo anywhere but at both ends keeps the two close in one of the orders. A pair is kept when
 *   its trigram similarity is at least {@link SIMILAR_NAME}.
 *
 * The pairs are scored (`score`: 1 − ∏(1 − weight) over the pair's reasons, as a percentage), ordered
 * by score, then the lower id, then the other id, and cut by keyset. Dismissed pairs are left out.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A value or a name shared by more contacts than this is not evidence that two are one person. */
export const MAX_GROUP = 10;
/** The trigram similarity (pg_trgm) two folded names of one organisation need to be "similar". */
export const SIMILAR_NAME = 0.7;

/** What makes two contacts likely one person, strongest first. */
export enum DuplicateReasonKind {
  SameEmail = 'same_email',
  SameLinkedin = 'same_linkedin',
  SimilarEmail = 'similar_email',
  SameNameAndOrganization = 'same_name_and_organization',
  SimilarNameAndOrganization = 'similar_name_and_organization',
  SamePhone = 'same_phone',
}

/** How strongly each reason alone says "the same person" (0–1); the score combines them. */
export const REASON_WEIGHT: Record<DuplicateReasonKind, number> = {
  [DuplicateReasonKind.SameEmail]: 0.95,
  [DuplicateReasonKind.SameLinkedin]: 0.95,
  [DuplicateReasonKind.SimilarEmail]: 0.9,
  [DuplicateReasonKind.SameNameAndOrganization]: 0.8,
  [DuplicateReasonKind.SimilarNameAndOrganization]: 0.65,
  [DuplicateReasonKind.SamePhone]: 0.6,
};

/** A position in the ordered pairs: the last pair's score and ids. */
export interface DuplicateCursor {
  s: number;
  a: string;
  b: string;
}

export interface DuplicateContactRow {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
}

export interface DuplicatePairRow {
  a: DuplicateContactRow;
  b: DuplicateContactRow;
  score: number;
  reasons: Array<{ kind: DuplicateReasonKind; values: [string, string] }>;
}

// Letters folded to ASCII (after lower()). Only names with a non-ASCII letter pay for translate().
const FOLDED: Array<[string, string]> = [
  ['àáâãäåāăą', 'a'],
  ['çćč', 'c'],
  ['ďđ', 'd'],
  ['èéêëēėęě', 'e'],
  ['ìíîïīįı', 'i'],
  ['ñńň', 'n'],
  ['òóôõöōőø', 'o'],
  ['ùúûüūůűų', 'u'],
  ['ýÿ', 'y'],
  ['źżž', 'z'],
  ['ł', 'l'],
  ['ß', 's'],
];
const ACCENTED = FOLDED.map(([letters]) => letters).join('');
const PLAIN = FOLDED.map(([letters, plain]) => plain.repeat([...letters].length)).join('');

/**
 * An SQL expression: `text` lower-cased, accents removed, punctuation and whitespace runs as one
 * space, trimmed. (Measured: one regular expression per row costs half of doing the same with
 * translate() over a punctuation list.)
 */
const fold = (text: string) =>
  `btrim(regexp_replace(CASE WHEN lower(${text}) ~ '[^\\x01-\\x7f]' THEN translate(lower(${text}), '${ACCENTED}', '${PLAIN}') ELSE lower(${text}) END, '[[:space:][:punct:]]+', ' ', 'g'))`;

/** An SQL expression: the canonical form of a stored (lower-case) email: `+tag` dropped; Gmail's dots too, googlemail.com as gmail.com. */
const canonicalEmail = (email: string) => `CASE
  WHEN split_part(${email}, '@', -1) IN ('gmail.com', 'googlemail.com')
    THEN replace(split_part(substring(${email} from '^(.*)@'), '+', 1), '.', '') || '@gmail.com'
  ELSE split_part(substring(${email} from '^(.*)@'), '+', 1) || '@' || split_part(${email}, '@', -1)
END`;

const WEIGHTS = Object.entries(REASON_WEIGHT)
  .map(([kind, weight]) => `WHEN '${kind}' THEN ${weight}`)
  .join(' ');

/**
 * The statement (exported for measuring it: docs/performance.md). Every table is read with
 * owner_id = $1 (one shard on Citus). $2: limit + 1; $3, $4, $5: the cursor's score and ids (NULL on
 * the first page).
 */
export const PAIRS_SQL = `
WITH live AS (
  SELECT c.id, c.emails, c.phones, c.urls FROM contact c WHERE c.owner_id = $1 AND c.deleted_at IS NULL
),
keyed AS MATERIALIZED (
  SELECT DISTINCT id, kind, key, value FROM (
    SELECT l.id, 'email' AS kind, v.value, ${canonicalEmail('v.value')} AS key
      FROM live l CROSS JOIN LATERAL jsonb_array_elements_text(jsonb_path_query_array(l.emails, '$[*].value')) v(value)
     WHERE l.emails <> '[]'
    UNION ALL
    SELECT l.id, 'linkedin', v.value,
           lower(substring(v.value from '(?i)^https?://(?:[a-z0-9-]+\\.)*linkedin\\.com/in/([^/?#]+)'))
      FROM live l CROSS JOIN LATERAL jsonb_array_elements_text(jsonb_path_query_array(l.urls, '$[*].value')) v(value)
     WHERE l.urls <> '[]'
    UNION ALL
    SELECT l.id, 'phone', v.value, split_part(v.value, ';', 1)
      FROM live l CROSS JOIN LATERAL jsonb_array_elements_text(jsonb_path_query_array(l.phones, '$[*].value')) v(value)
     WHERE l.phones <> '[]' AND v.value ~ '^\\+[0-9]{7,15}(;|$)'
  ) k
  WHERE key IS NOT NULL AND key <> ''
),
key_pairs AS (
  SELECT a.id AS a, b.id AS b,
         CASE WHEN a.kind <> 'email' THEN 'same_' || a.kind WHEN a.value = b.value THEN 'same_email' ELSE 'similar_email' END AS reason,
         a.value AS value_a, b.value AS value_b
    FROM (SELECT kind, key FROM keyed GROUP BY kind, key HAVING count(DISTINCT id) BETWEEN 2 AND ${MAX_GROUP}) g
    JOIN keyed a ON a.kind = g.kind AND a.key = g.key
    JOIN keyed b ON b.kind = g.kind AND b.key = g.key AND b.id > a.id
),
folded AS (
  SELECT c.id, c.name, f.org, string_to_array(f.name, ' ') AS words
    FROM contact c
   CROSS JOIN LATERAL (SELECT ${fold('c.organization')} AS org, ${fold('c.name')} AS name OFFSET 0) f
   WHERE c.owner_id = $1 AND c.deleted_at IS NULL AND c.organization IS NOT NULL
),
named AS MATERIALIZED (
  SELECT id, name, org,
         CASE cardinality(words)
           WHEN 1 THEN words[1]
           WHEN 2 THEN least(words[1], words[2]) || ' ' || greatest(words[1], words[2])
           -- The median of three: max(min(a, b), min(max(a, b), c)).
           WHEN 3 THEN least(words[1], words[2], words[3]) || ' '
                    || greatest(least(words[1], words[2]), least(greatest(words[1], words[2]), words[3])) || ' '
                    || greatest(words[1], words[2], words[3])
           ELSE array_to_string(ARRAY(SELECT w FROM unnest(words) w ORDER BY w), ' ')
         END AS name_key
    FROM folded
   WHERE org <> '' AND words <> '{""}'
),
same_name AS (
  SELECT a.id AS a, b.id AS b, 'same_name_and_organization' AS reason, a.name AS value_a, b.name AS value_b
    FROM (SELECT org, name_key FROM named GROUP BY org, name_key HAVING count(*) BETWEEN 2 AND ${MAX_GROUP}) g
    JOIN named a ON a.org = g.org AND a.name_key = g.name_key
    JOIN named b ON b.org = g.org AND b.name_key = g.name_key AND b.id > a.id
),
-- Each name with the two before it in name order (sharing its first three letters) and in
-- reversed-name order (sharing its last three): a typo anywhere but at both ends.
neighbours AS (
  SELECT id, name_key, true AS forward, lag(id, 1) OVER w AS id1, lag(name_key, 1) OVER w AS key1,
         lag(id, 2) OVER w AS id2, lag(name_key, 2) OVER w AS key2
    FROM named WINDOW w AS (PARTITION BY org ORDER BY name_key, id)
  UNION ALL
  SELECT id, name_key, false, lag(id, 1) OVER w, lag(name_key, 1) OVER w, lag(id, 2) OVER w, lag(name_key, 2) OVER w
    FROM named WINDOW w AS (PARTITION BY org ORDER BY reverse(name_key), id)
),
similar_name AS (
  SELECT s.a, s.b, 'similar_name_and_organization' AS reason, na.name AS value_a, nb.name AS value_b
    FROM (
      SELECT DISTINCT least(id, other) AS a, greatest(id, other) AS b FROM (
        SELECT id, name_key, forward, id1 AS other, key1 AS other_key FROM neighbours
        UNION ALL
        SELECT id, name_key, forward, id2, key2 FROM neighbours
      ) n
      WHERE other IS NOT NULL AND other_key <> name_key
        AND CASE WHEN forward THEN left(other_key, 3) = left(name_key, 3) ELSE right(other_key, 3) = right(name_key, 3) END
        AND similarity(name_key, other_key) >= ${SIMILAR_NAME}
    ) s
    JOIN named na ON na.id = s.a
    JOIN named nb ON nb.id = s.b
),
reasons AS MATERIALIZED (
  SELECT r.* FROM (
    SELECT * FROM key_pairs UNION ALL SELECT * FROM same_name UNION ALL SELECT * FROM similar_name
  ) r
  WHERE NOT EXISTS (
    SELECT 1 FROM contact_duplicate_dismissal d
     WHERE d.owner_id = $1 AND d.contact_id = r.a AND d.other_contact_id = r.b
  )
),
scored AS (
  SELECT a, b, round(100 * (1 - exp(sum(ln(1 - CASE reason ${WEIGHTS} END)))))::int AS score
    FROM reasons
   GROUP BY a, b
),
page AS (
  SELECT a, b, score FROM scored
   WHERE $3::int IS NULL OR score < $3::int OR (score = $3::int AND (a, b) > ($4::uuid, $5::uuid))
   ORDER BY score DESC, a, b
   LIMIT $2
)
SELECT p.score,
       json_build_object('id', ca.id, 'name', ca.name, 'organization', ca.organization, 'title', ca.title,
                         'email', ca.email, 'phone', ca.phone, 'linkedinUrl', ca.linkedin_url) AS a,
       json_build_object('id', cb.id, 'name', cb.name, 'organization', cb.organization, 'title', cb.title,
                         'email', cb.email, 'phone', cb.phone, 'linkedinUrl', cb.linkedin_url) AS b,
       (SELECT json_agg(json_build_object('kind', r.reason, 'values', json_build_array(r.value_a, r.value_b))
                        ORDER BY array_position(ARRAY[${Object.values(DuplicateReasonKind)
                          .map((kind) => `'${kind}'`)
                          .join(', ')}], r.reason), r.value_a, r.value_b)
          FROM reasons r WHERE r.a = p.a AND r.b = p.b) AS reasons
  FROM page p
  JOIN contact ca ON ca.owner_id = $1 AND ca.id = p.a
  JOIN contact cb ON cb.owner_id = $1 AND cb.id = p.b
 ORDER BY p.score DESC, p.a, p.b`;

/** Reads the likely duplicate pairs; a read model over `contact` and the dismissals. */
@Injectable()
export class ContactDuplicatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Up to `limit` pairs after `cursor`, strongest first. */
  async pairs(ownerId: string, limit: number, cursor: DuplicateCursor | null): Promise<DuplicatePairRow[]> {
    // The sorts and hashes over every live contact of the owner fit in memory with more than the
    // default 4 MB (measured at 100,000 contacts: docs/performance.md); LOCAL: this transaction only.
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(`SET LOCAL work_mem = '32MB'`);
      return manager.query<DuplicatePairRow[]>(PAIRS_SQL, [
        ownerId,
        limit,
        cursor?.s ?? null,
        cursor?.a ?? null,
        cursor?.b ?? null,
      ]);
    });
  }
}
