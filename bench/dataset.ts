/**
 * The bench's data, made at scale directly in PostgreSQL with set-based SQL (generate_series over
 * small word lists; random() seeded, so every run builds the same shapes). Only the user and the
 * inquiries are created through the API, so the password hash, the token and the inquiry rows are
 * the app's own; everything below them is inserted here, then ANALYZEd.
 *
 * Contacts are numbered 0…n-1 and their ids derived from the number (`md5(owner:n)::uuid`), so
 * inquiries pick their participants by number without a lookup table.
 */
import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { RECOUNT_INSIGHTS } from '../src/modules/analytics/insight-counts.repository.js';
import { REFRESH_PARTICIPANT_CONTACTS } from '../src/modules/snowball/participant-contacts.repository.js';

export interface Sizes {
  contacts: number;
  /** The main inquiry (stats, themes, suggestions, agenda, chain, network json, referrals, writes). */
  main: number;
  /** The inquiry drawn as SVG. */
  svg: number;
  /** Inquiry sizes for "cost as work grows" (stats and suggestions at each). */
  growth: number[];
  /** Contacts kept out of every inquiry, referred one per request by the referral scenario. */
  spare: number;
}

export const FULL_SIZES: Sizes = {
  contacts: 100_000,
  main: 10_000,
  svg: 1_000,
  growth: [1_000, 10_000, 30_000],
  spare: 5_000,
};
export const SMOKE_SIZES: Sizes = { contacts: 3_000, main: 300, svg: 60, growth: [60, 300, 900], spare: 300 };

/** Per participant: ~1.2 referrals, 5 insights, 2 interactions, 0.2 commitments (the issue's 10,000-participant shape). */
const INSIGHTS_PER_PARTICIPANT = 5;
const INTERACTIONS_PER_PARTICIPANT = 2;
const COMMITMENTS_PER_PARTICIPANT = 0.2;
/** Share of each of the 8 waves (0 = seeds); a typical snowball: few seeds, widest in the middle. */
const WAVE_SHARES = [0.02, 0.04, 0.08, 0.14, 0.19, 0.21, 0.18, 0.14];

const FIRST_NAMES = (
  'Ada|Alan|Amara|Anders|Aisha|Bea|Bruno|Camille|Chen|Dara|Diego|Elena|Emeka|Farah|Felix|Grace|' +
  'Hana|Hugo|Ines|Ivan|Jonas|Kai|Lena|Luca|Maria|Marco|Martin|Mark|Marta|Mei|Nadia|Noah|Omar|Priya|' +
  'Rosa|Sami|Sofia|Tariq|Yara|Zoe'
).split('|');
const LAST_NAMES = (
  'Abara|Berg|Castillo|Dubois|Eriksen|Fischer|Garcia|Haddad|Ito|Jansen|Kowalski|Larsen|Lindqvist|' +
  'Moreau|Nakamura|Novak|Okafor|Olsen|Patel|Petrov|Quinn|Rossi|Santos|Schmidt|Silva|Smith|Tanaka|' +
  'Umar|Varga|Weber|Wright|Xu|Yilmaz|Zhang'
).split('|');
const ORGANIZATIONS = (
  'Acme Logistics|Northwind Health|Globex Energy|Initech|Umbrella Pharma|Stark Mobility|' +
  'Wayne Foundation|Hooli Cloud|Vandelay Imports|Soylent Foods|Tyrell Robotics|Cyberdyne Systems|' +
  'Wonka Confectionery|Aperture Labs|Massive Dynamic|Oscorp Materials|Pied Piper|Dunder Paper|' +
  'Blue Sun Retail|City Council|State University|Red Cross|Open Data Institute|Fintech Guild|' +
  'Civic Lab'
).split('|');
const TITLES = (
  'Software Engineer|Product Manager|Head of Operations|Chief Technology Officer|Data Scientist|' +
  'UX Researcher|Procurement Lead|Policy Advisor|Sales Director|Nurse Practitioner|' +
  'Logistics Planner|Professor|Founder|Investor|Program Officer|Supply Chain Analyst|Designer|' +
  'Journalist'
).split('|');
const TAGS = (
  'ai|health|logistics|energy|policy|design|research|finance|mentor|investor|alumni|conference|' +
  'climate|education|retail|startup|public-sector|hiring|open-source|community'
).split('|');
const THEMES = (
  'onboarding|pricing|trust|regulation|data quality|hiring|burnout|procurement|tooling|funding|' +
  'partnerships|sustainability|security|privacy|automation|career paths|remote work|' +
  'customer support|logistics costs|supplier risk|training|culture|measurement|adoption|' +
  'interoperability|legacy systems|budget cycles|community|accessibility|language barriers|' +
  'mentoring|feedback loops|governance|incentives|scaling|quality|speed|costs|standards|ethics'
).split('|');
const REASONS = (
  'Knows the procurement side well|Ran a similar programme last year|Has the data we are missing|' +
  'Sees it from the customer side|Former colleague, very candid|Leads the team that owns this'
).split('|');

/** A surname used by only a few contacts: the "rare term" search. */
export const RARE_TERM = 'Quillfeather';
/** A prefix shared by thousands of names (Maria, Marco, Martin, Mark, Marta): the "common prefix" search. */
export const COMMON_PREFIX = 'Mar';

const sqlText = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
/** An element of a text[] literal picked at random (1-based). */
const pick = (array: string) => `(${array})[1 + floor(random() * cardinality(${array}))::int]`;
/** md5(owner:n) shaped as a version-4 uuid (the API validates ids as v4). */
const contactId = (owner: string, n: string) =>
  `overlay(overlay(md5(${owner}::uuid::text || ':' || (${n})::text) placing '4' from 13) placing '8' from 17)::uuid`;

/** Inserts `count` contacts numbered 0…count-1 for `ownerId`, a few named RARE_TERM. */
export async function createContacts(db: Client, ownerId: string, count: number): Promise<void> {
  await db.query('SELECT setseed(0.42)');
  const first = sqlText(FIRST_NAMES);
  const last = sqlText(LAST_NAMES);
  const orgs = sqlText(ORGANIZATIONS);
  const tags = sqlText(TAGS);
  await db.query(
    `INSERT INTO contact (owner_id, id, name, email, organization, title, seniority, same_organization, tags,
                          keep_in_touch_days, created_at, updated_at)
     SELECT $1::uuid, ${contactId('$1', 'g.n')}, g.first || ' ' || g.last,
            lower(g.first || '.' || g.last || '.' || g.n || '@' || replace(g.org, ' ', '') || '.example'),
            g.org, ${pick(sqlText(TITLES))},
            (ARRAY['junior','peer','senior','executive'])[1 + floor(random() * 4)::int]::seniority,
            random() < 0.2,
            ARRAY(SELECT DISTINCT ${pick(tags)} FROM generate_series(1, 1 + (g.n % 3))),
            CASE WHEN random() < 0.03 THEN 30 + 30 * floor(random() * 6)::int END,
            g.at, g.at
       FROM (SELECT n, ${pick(first)} AS first,
                    CASE WHEN n % 20011 = 7 THEN '${RARE_TERM}' ELSE ${pick(last)} END AS last,
                    ${pick(orgs)} AS org,
                    now() - (random() * interval '3 years') AS at
               FROM generate_series(0, $2 - 1) AS n) g`,
    [ownerId, count],
  );
}

/**
 * Fills an inquiry created through the API with `size` participants (contacts offset…offset+size-1)
 * over 8 waves, ~1.2 referrals each (every one from the wave before, so waves stay shortest
 * distances and the graph acyclic), 5 insights with 1–3 themes (and analytics' read models of their
 * counts), 2 interactions, 0.2 commitments.
 */
export async function fillInquiry(
  db: Client,
  ownerId: string,
  inquiryId: string,
  size: number,
  offset: number,
): Promise<void> {
  const sizes = WAVE_SHARES.map((share) => Math.max(1, Math.round(share * size)));
  sizes[sizes.length - 1] += size - sizes.reduce((a, b) => a + b, 0);
  const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  const cid = (n: string) => contactId('$1', `${n} + $3::int`);
  const params = [ownerId, inquiryId, offset, starts, sizes];
  const waves = `WITH p AS (
      SELECT n, (SELECT count(*) FROM unnest($4::int[]) s WHERE s <= n)::int - 1 AS wave
        FROM generate_series(0, (SELECT sum(x) FROM unnest($5::int[]) x)::int - 1) n)`;
  await db.query(
    `${waves}
     INSERT INTO participant (owner_id, inquiry_id, contact_id, origin, wave, stage, created_at, updated_at)
     SELECT $1::uuid, $2::uuid, ${cid('p.n')}, (CASE WHEN p.wave = 0 THEN 'seed' ELSE 'referral' END)::participant_origin, p.wave,
            (ARRAY['suggested','to_ask','asked','accepted','declined','no_response','met','thanked'])
              [1 + floor(random() * 8)::int]::participant_stage,
            now() - (8 - p.wave) * interval '20 days', now() - (8 - p.wave) * interval '20 days'
       FROM p`,
    params,
  );
  await db.query(
    `${waves}, r AS (
       SELECT n, wave, ($4::int[])[wave] + ((n::bigint * 7919) % ($5::int[])[wave])::int AS referrer FROM p WHERE wave >= 1
       UNION
       SELECT n, wave, ($4::int[])[wave] + ((n::bigint * 104729 + 13) % ($5::int[])[wave])::int FROM p WHERE wave >= 1 AND n % 4 = 0)
     INSERT INTO referral (owner_id, inquiry_id, referrer_id, referred_id, reason, created_at, updated_at)
     SELECT $1::uuid, $2::uuid, ${cid('r.referrer')}, ${cid('r.n')}, ${pick(sqlText(REASONS))},
            now() - (8 - r.wave) * interval '20 days', now() - (8 - r.wave) * interval '20 days'
       FROM r`,
    params,
  );
  await db.query(
    `INSERT INTO interaction (owner_id, contact_id, inquiry_id, kind, occurred_at, outcome, rating, summary,
                              created_at, updated_at)
     SELECT $1, ${cid('g.n')}, $2, g.kind::interaction_kind, g.at,
            (CASE WHEN g.kind = 'ask'
                  THEN (ARRAY['pending','accepted','declined','no_response'])[1 + floor(random() * 4)::int] END)::ask_outcome,
            CASE WHEN g.kind IN ('meeting','call') THEN 1 + floor(random() * 5)::int END,
            'Talked about ' || ${pick(sqlText(THEMES))}, g.at, g.at
       FROM (SELECT i % $4 AS n,
                    (ARRAY['ask','ask','meeting','call','message','follow_up','thank_you','shared_perspective'])
                      [1 + floor(random() * 8)::int] AS kind,
                    now() - random() * interval '365 days' AS at
               FROM generate_series(0, $4 * ${INTERACTIONS_PER_PARTICIPANT} - 1) i) g`,
    [ownerId, inquiryId, offset, size],
  );
  const themes = sqlText(THEMES);
  const half = Math.floor(THEMES.length / 2);
  await db.query(
    `INSERT INTO insight (owner_id, inquiry_id, contact_id, text, kind, themes, importance, created_at, updated_at)
     SELECT $1::uuid, $2::uuid, ${cid('g.n')}, 'What we heard about ' || (${themes})[g.t1 + 1], g.kind::insight_kind,
            ARRAY[(${themes})[g.t1 + 1]]
              || CASE WHEN g.r2 < 0.6 THEN ARRAY[(${themes})[(g.t1 + 1 + floor(g.r2 / 0.6 * ${half - 1})::int) % ${THEMES.length} + 1]] ELSE '{}' END
              || CASE WHEN g.r3 < 0.35 THEN ARRAY[(${themes})[(g.t1 + ${half} + floor(g.r3 / 0.35 * ${THEMES.length - half - 1})::int) % ${THEMES.length} + 1]] ELSE '{}' END,
            1 + floor(random() * 5)::int, g.at, g.at
       FROM (SELECT i % $4 AS n, floor(random() * ${THEMES.length})::int AS t1, random() AS r2, random() AS r3,
                    (ARRAY['perspective','pattern','fact','latent_need','opportunity','risk','advice'])
                      [1 + floor(random() * 7)::int] AS kind,
                    now() - random() * interval '300 days' AS at
               FROM generate_series(0, $4 * ${INSIGHTS_PER_PARTICIPANT} - 1) i) g`,
    [ownerId, inquiryId, offset, size],
  );
  // The read models the app keeps up to date in its write transactions (insight counts by kind, theme
  // and contact; per theme and contact; each participant's contact summary): filled here with the
  // app's own statements, or the bench would measure empty ones (docs/performance.md).
  for (const statement of RECOUNT_INSIGHTS) await db.query(statement, [ownerId, [inquiryId]]);
  const members = await db.query<{ ids: string[] }>(
    `SELECT array_agg(contact_id) AS ids FROM participant WHERE owner_id = $1 AND inquiry_id = $2`,
    [ownerId, inquiryId],
  );
  await db.query(REFRESH_PARTICIPANT_CONTACTS, [ownerId, members.rows[0].ids]);
  await db.query(
    `INSERT INTO commitment (owner_id, contact_id, inquiry_id, description, promised_by, due_at, status)
     SELECT $1::uuid, ${cid('(i * 37) % $4')}, $2::uuid, 'Send the notes on ' || ${pick(themes)},
            (CASE WHEN random() < 0.5 THEN 'me' ELSE 'them' END)::commitment_owner,
            now() + (random() * 40 - 20) * interval '1 day',
            (CASE WHEN random() < 0.7 THEN 'open' ELSE 'done' END)::commitment_status
       FROM generate_series(0, ceil($4 * ${COMMITMENTS_PER_PARTICIPANT})::int - 1) i`,
    [ownerId, inquiryId, offset, size],
  );
}

/** The tag and theme `createNeighbour` makes common in the tables' statistics and rare for the bench user. */
export const SKEWED_VALUE = 'vip';

/**
 * Another account whose contacts all carry the tag SKEWED_VALUE and whose insights (in
 * `neighbourInquiryId`) all carry the theme SKEWED_VALUE, `count` of each; then `few` of the bench
 * user's contacts and insights get it too. PostgreSQL's statistics are the whole table's, so for the
 * bench user the value looks common and is rare (docs/performance.md, "Filters few rows pass").
 */
export async function createNeighbour(
  db: Client,
  ownerId: string,
  neighbourId: string,
  neighbourInquiryId: string,
  count: number,
  few: number,
): Promise<void> {
  await db.query(
    `INSERT INTO contact (owner_id, id, name, organization, tags, created_at, updated_at)
     SELECT $1::uuid, ${contactId('$1', 'g.n')}, 'Neighbour ' || g.n, 'Elsewhere Ltd', ARRAY[$3::text], g.at, g.at
       FROM (SELECT n, now() - (random() * interval '3 years') AS at FROM generate_series(0, $2 - 1) AS n) g`,
    [neighbourId, count, SKEWED_VALUE],
  );
  await db.query(
    `INSERT INTO insight (owner_id, inquiry_id, text, kind, themes, created_at, updated_at)
     SELECT $1::uuid, $2::uuid, 'Noted ' || g.n, 'fact', ARRAY[$4::text], g.at, g.at
       FROM (SELECT n, now() - (random() * interval '3 years') AS at FROM generate_series(1, $3) AS n) g`,
    [neighbourId, neighbourInquiryId, count, SKEWED_VALUE],
  );
  await db.query(
    `UPDATE contact SET tags = tags || ARRAY[$2::text]
      WHERE owner_id = $1 AND id IN (SELECT id FROM contact WHERE owner_id = $1 ORDER BY id LIMIT $3)`,
    [ownerId, SKEWED_VALUE, few],
  );
  await db.query(
    `UPDATE insight SET themes = themes || ARRAY[$2::text]
      WHERE owner_id = $1 AND id IN (SELECT id FROM insight WHERE owner_id = $1 ORDER BY id LIMIT $3)`,
    [ownerId, SKEWED_VALUE, few],
  );
}

/** lastInteractionAt as the app keeps it (the latest interaction per contact), then fresh statistics. */
export async function finish(db: Client, ownerId: string): Promise<void> {
  await db.query(
    `UPDATE contact c SET last_interaction_at = m.at
       FROM (SELECT contact_id, max(occurred_at) AS at FROM interaction WHERE owner_id = $1 GROUP BY contact_id) m
      WHERE c.owner_id = $1 AND c.id = m.contact_id`,
    [ownerId],
  );
  await db.query('VACUUM ANALYZE');
}

/** The id of contact number `n` of `ownerId` (as createContacts made it). */
export function contactIdOf(ownerId: string, n: number): string {
  const md5 = createHash('md5').update(`${ownerId}:${n}`).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The first contact number of each wave of an inquiry of `size` (as fillInquiry lays them out). */
export function waveStarts(size: number): number[] {
  const sizes = WAVE_SHARES.map((share) => Math.max(1, Math.round(share * size)));
  sizes[sizes.length - 1] += size - sizes.reduce((a, b) => a + b, 0);
  return sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
}
