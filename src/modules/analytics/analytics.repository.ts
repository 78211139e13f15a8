/*
 * A read model over many modules' tables (participant, contact, interaction, referral, insight and
 * opportunity). Unlike a feature service it may read across tables (docs/architecture.md, "Modules
 * and tables"); it never writes. Every table is filtered on owner_id and every join carries the
 * owner, so on Citus each query runs on the owner's shard.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InsightFacet } from './inquiry-insight-count.entity.js';

export interface WaveRow {
  wave: number;
  people: number;
  asked: number;
  met: number;
  seniorities: number;
  with_seniority: number;
  seniority: string | null;
  inside: number;
  outside: number;
}

export interface AskRow {
  asks: number;
  accepted: number;
  declined: number;
  no_response: number;
  median_seconds: number | null;
}

export interface ConnectorRow {
  contact_id: string;
  name: string;
  referrals: number;
  met: number;
  insights: number;
  opportunities: number;
}

export interface ThemeRow {
  theme: string;
  insights: number;
  contacts: number;
  perspective_count: number;
  perspectives: Array<{ seniority: string; sameOrganization: boolean }>;
  pattern: boolean;
}

export interface CandidateRow {
  source: 'inquiry' | 'network';
  contact_id: string;
  name: string;
  organization: string | null;
  seniority: string | null;
  same_organization: boolean | null;
  wave: number | null;
  sort_wave: number;
  stage: string | null;
  origin: string | null;
  referrers: Array<{ contactId: string; name: string; reason: string | null }> | null;
  matched_terms: number;
  matched_field: string | null;
  matched_words: string | null;
  accepted_no_meeting: boolean;
  referred_not_asked: boolean;
  fills_gap: boolean;
  high_yield_referrer: string | null;
  stalled_days: number | null;
  not_yet_asked: boolean;
  score: number;
}

/**
 * The inquiry's live participants whose contact is live, with the contact's summary each keeps
 * (`contact_name`, `contact_organization`, `contact_seniority`, `contact_same_organization`; the
 * read model of participant-contacts.repository.ts): no contact is read, so the cost follows the
 * inquiry, not the user's address book. Parameters: $1 owner, $2 inquiry.
 */
const INQUIRY_PEOPLE = `participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL AND p.contact_live`;

/** Stages at which you met the person (perspective heard). */
const MET = `('met', 'thanked')`;
/** Stages at which the person has been asked. */
const ASKED = `('asked', 'accepted', 'declined', 'no_response', 'met', 'thanked')`;

/** Weights of the suggestion reasons (docs/metrics.md). */
export const SUGGESTION_WEIGHTS = {
  acceptedNoMeeting: 40,
  referredNotAsked: 30,
  fillsGap: 25,
  highYield: 20,
  stalledAsk: 15,
  notYetAsked: 10,
  /** Per distinct word of the challenge and open questions found in a network contact's fields… */
  matchesInquiryPerWord: 5,
  /** …at most this much. */
  matchesInquiryMax: 20,
} as const;

/** At most this many people from outside the inquiry are considered per request (the best-ranked). */
export const NETWORK_CANDIDATES = 50;
/** Network suggestions have no wave; they sort after every participant of the same score. */
export const NETWORK_SORT_WAVE = 2147483647;

/** A connector counts as high-yield from this many meetings among the people they referred… */
export const HIGH_YIELD_MIN_MEETINGS = 2;
/** …and at least this share of their referrals becoming meetings. */
export const HIGH_YIELD_MIN_RATE = 0.5;
/** An ask without an answer for longer than this is due one follow-up, unless the user set otherwise. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;
/** A theme is a pattern when heard from at least this many distinct perspectives… */
export const PATTERN_MIN_PERSPECTIVES = 2;
/** …and at least this many contacts (issue 10: one talkative person is not a pattern). */
export const PATTERN_MIN_CONTACTS = 3;

/**
 * The analytical queries behind stats, themes and suggestions. Each is one SQL statement that
 * aggregates in PostgreSQL (GROUP BY, FILTER, percentile_cont, unnest), scoped to owner and inquiry
 * and served by indexes leading with (owner_id, inquiry_id); nothing loads rows to count them in JS.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The funnel, the waves and the perspective coverage in one statement: the inquiry's participants,
   * with their contacts' summary, read once and aggregated three ways.
   */
  async participantFigures(
    ownerId: string,
    inquiryId: string,
  ): Promise<{
    funnel: Array<{ stage: string; count: number }>;
    waves: WaveRow[];
    coverage: Array<{ seniority: string | null; same_organization: boolean | null; participants: number; met: number }>;
  }> {
    const rows: Array<{ funnel: never; waves: never; coverage: never }> = await this.dataSource.query(
      `WITH people AS MATERIALIZED (
         SELECT p.stage, p.wave, p.contact_seniority AS seniority, p.contact_same_organization AS same_organization
           FROM ${INQUIRY_PEOPLE}
       )
       SELECT
         (SELECT coalesce(json_agg(f), '[]'::json) FROM (
            SELECT stage::text AS stage, count(*)::int AS count FROM people GROUP BY stage) f) AS funnel,
         (SELECT coalesce(json_agg(w ORDER BY w.wave), '[]'::json) FROM (
            SELECT wave,
                   count(*)::int AS people,
                   count(*) FILTER (WHERE stage IN ${ASKED})::int AS asked,
                   count(*) FILTER (WHERE stage IN ${MET})::int AS met,
                   count(DISTINCT seniority)::int AS seniorities,
                   count(seniority)::int AS with_seniority,
                   min(seniority::text) AS seniority,
                   count(*) FILTER (WHERE same_organization)::int AS inside,
                   count(*) FILTER (WHERE NOT same_organization)::int AS outside
              FROM people GROUP BY wave) w) AS waves,
         (SELECT coalesce(json_agg(v), '[]'::json) FROM (
            SELECT seniority::text AS seniority, same_organization,
                   count(*)::int AS participants, count(*) FILTER (WHERE stage IN ${MET})::int AS met
              FROM people GROUP BY 1, 2) v) AS coverage`,
      [ownerId, inquiryId],
    );
    return rows[0];
  }

  async asks(ownerId: string, inquiryId: string): Promise<AskRow> {
    const rows: AskRow[] = await this.dataSource.query(
      `SELECT count(*)::int AS asks,
              count(*) FILTER (WHERE outcome = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE outcome = 'declined')::int AS declined,
              count(*) FILTER (WHERE outcome = 'no_response')::int AS no_response,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - occurred_at))
                FILTER (WHERE outcome IN ('accepted', 'declined') AND responded_at IS NOT NULL) AS median_seconds
         FROM interaction
        WHERE owner_id = $1 AND inquiry_id = $2 AND kind = 'ask' AND deleted_at IS NULL`,
      [ownerId, inquiryId],
    );
    return rows[0];
  }

  /**
   * Per referrer: referrals made, and what the people they referred yielded. Hash joins over the
   * inquiry's edges, its met participants and the per-contact insight counts of the read model
   * `inquiry_insight_count` (no per-edge probe); referrers ranked by their figures first, so only the
   * best (and their ties) have their contact read for the name and the deleted check.
   */
  connectors(ownerId: string, inquiryId: string, limit: number): Promise<ConnectorRow[]> {
    return this.dataSource.query(
      `WITH edges AS MATERIALIZED (
         SELECT r.referrer_id, r.referred_id FROM referral r
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
       ),
       met AS MATERIALIZED (
         SELECT p.contact_id FROM participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL AND p.stage IN ${MET}
       ),
       insights AS MATERIALIZED (
         SELECT n.value::uuid AS contact_id, n.insights AS n FROM inquiry_insight_count n
          WHERE n.owner_id = $1 AND n.inquiry_id = $2 AND n.facet = '${InsightFacet.Contact}' AND n.insights > 0
       ),
       opportunities AS MATERIALIZED (
         SELECT o.contact_id, count(*)::int AS n FROM opportunity o
          WHERE o.owner_id = $1 AND o.inquiry_id = $2 AND o.deleted_at IS NULL
          GROUP BY o.contact_id
       ),
       yields AS (
         SELECT e.referrer_id, count(*)::int AS referrals, count(m.contact_id)::int AS met,
                coalesce(sum(i.n), 0)::int AS insights, coalesce(sum(o.n), 0)::int AS opportunities
           FROM edges e
           LEFT JOIN met m ON m.contact_id = e.referred_id
           LEFT JOIN insights i ON i.contact_id = e.referred_id
           LEFT JOIN opportunities o ON o.contact_id = e.referred_id
          GROUP BY e.referrer_id
       )
       SELECT y.referrer_id AS contact_id, c.name, y.referrals, y.met, y.insights, y.opportunities
         FROM (SELECT * FROM yields ORDER BY met DESC, insights DESC, opportunities DESC, referrals DESC) y
         CROSS JOIN LATERAL (SELECT c.name FROM contact c
                              WHERE c.owner_id = $1 AND c.id = y.referrer_id AND c.deleted_at IS NULL) c
        ORDER BY y.met DESC, y.insights DESC, y.opportunities DESC, y.referrals DESC, c.name, y.referrer_id
        LIMIT $3`,
      [ownerId, inquiryId, limit],
    );
  }

  /** Live insights per kind, from the read model `inquiry_insight_count` (kinds without insights may be absent). */
  insightsByKind(ownerId: string, inquiryId: string): Promise<Array<{ key: string; count: number }>> {
    return this.dataSource.query(
      `SELECT value AS key, insights AS count FROM inquiry_insight_count
        WHERE owner_id = $1 AND inquiry_id = $2 AND facet = '${InsightFacet.Kind}' AND insights > 0`,
      [ownerId, inquiryId],
    );
  }

  /** The most frequent themes with their live insights, from the read model `inquiry_insight_count`. */
  insightsByTheme(ownerId: string, inquiryId: string, limit: number): Promise<Array<{ key: string; count: number }>> {
    return this.dataSource.query(
      `SELECT value AS key, insights AS count FROM inquiry_insight_count
        WHERE owner_id = $1 AND inquiry_id = $2 AND facet = '${InsightFacet.Theme}' AND insights > 0
        ORDER BY insights DESC, value LIMIT $3`,
      [ownerId, inquiryId, limit],
    );
  }

  /**
   * Themes with their insights, contacts and perspectives, patterns first (docs/metrics.md): ordered
   * by pattern, distinct perspectives, insights (all descending), then theme; keyset after `after`.
   * From the read models: a theme's insights from `inquiry_insight_count` (a few dozen rows), its
   * contacts and perspectives from `inquiry_theme_contact` (one row per theme and contact, the
   * contact's perspective beside it), grouped by (theme, perspective) in one pass: no insight is
   * unnested and no contact is read.
   */
  themes(
    ownerId: string,
    inquiryId: string,
    limit: number,
    after: { pattern: boolean; perspectives: number; insights: number; theme: string } | null,
  ): Promise<ThemeRow[]> {
    return this.dataSource.query(
      `WITH by_perspective AS (
         SELECT tc.theme, tc.seniority::text AS seniority, tc.same_organization, count(*) AS contacts
           FROM inquiry_theme_contact tc
          WHERE tc.owner_id = $1 AND tc.inquiry_id = $2 AND tc.insights > 0
          GROUP BY tc.theme, tc.seniority, tc.same_organization
       ),
       people AS (
         SELECT theme,
                sum(contacts)::int AS contacts,
                count(*) FILTER (WHERE seniority IS NOT NULL AND same_organization IS NOT NULL)::int AS perspective_count,
                coalesce(
                  jsonb_agg(jsonb_build_object('seniority', seniority, 'sameOrganization', same_organization)
                            ORDER BY seniority, same_organization)
                    FILTER (WHERE seniority IS NOT NULL AND same_organization IS NOT NULL),
                  '[]'::jsonb) AS perspectives
           FROM by_perspective GROUP BY theme
       ),
       themes AS (
         SELECT n.value AS theme, n.insights,
                coalesce(p.contacts, 0) AS contacts,
                coalesce(p.perspective_count, 0) AS perspective_count,
                coalesce(p.perspectives, '[]'::jsonb) AS perspectives
           FROM inquiry_insight_count n
           LEFT JOIN people p ON p.theme = n.value
          WHERE n.owner_id = $1 AND n.inquiry_id = $2 AND n.facet = '${InsightFacet.Theme}' AND n.insights > 0
       ),
       ranked AS (
         SELECT t.*, (t.perspective_count >= ${PATTERN_MIN_PERSPECTIVES} AND t.contacts >= ${PATTERN_MIN_CONTACTS}) AS pattern
           FROM themes t
       )
       SELECT * FROM ranked
        WHERE $4::boolean IS NULL
           OR (pattern, perspective_count, insights) < ($4, $5, $6)
           OR ((pattern, perspective_count, insights) = ($4, $5, $6) AND theme > $7)
        ORDER BY pattern DESC, perspective_count DESC, insights DESC, theme
        LIMIT $3`,
      [
        ownerId,
        inquiryId,
        limit,
        after?.pattern ?? null,
        after?.perspectives ?? null,
        after?.insights ?? null,
        after?.theme ?? null,
      ],
    );
  }

  /**
   * Everyone worth asking next, with the facts behind each reason and the score, in one query:
   * the inquiry's participants (never people you met, who thanked, or who declined, nor someone
   * resting after a follow-up) and, from the rest of your contacts, at most NETWORK_CANDIDATES
   * people who fill a perspective gap and whose title, responsibilities, interests or tags share
   * words with the inquiry's challenge and open questions (full-text, served by
   * ix_contact_owner_id_document). Sorted by score, wave (network people last), name, id.
   */
  candidates(
    ownerId: string,
    inquiryId: string,
    limit: number,
    after: { score: number; wave: number; name: string; id: string } | null,
    followUpDays: number,
  ): Promise<CandidateRow[]> {
    const w = SUGGESTION_WEIGHTS;
    return this.dataSource.query(
      `WITH people AS (
         -- The inquiry's participants with their contact's summary (no contact read: the cost
         -- follows the inquiry). Stage, origin and seniority stay enums (compared as such; the
         -- driver reads them as text): a cast to text per row cost ~9 ms over 10,000 participants.
         SELECT p.contact_id, p.wave, p.stage, p.origin, p.contact_name AS name,
                p.contact_organization AS organization, p.contact_seniority AS seniority,
                p.contact_same_organization AS same_organization
           FROM ${INQUIRY_PEOPLE}
       ),
       heard AS (
         SELECT DISTINCT seniority, same_organization FROM people
          WHERE stage IN ${MET} AND seniority IS NOT NULL AND same_organization IS NOT NULL
       ),
       connectors AS (
         SELECT r.referrer_id, count(*) AS referrals, count(*) FILTER (WHERE rp.stage IN ${MET}) AS met
           FROM referral r
           LEFT JOIN people rp ON rp.contact_id = r.referred_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
          GROUP BY r.referrer_id
       ),
       high_yielders AS (
         -- Only the high-yield connectors have their contact read, for the name (live or not).
         SELECT k.referrer_id, k.met, rc.name
           FROM connectors k
          CROSS JOIN LATERAL (SELECT c.name FROM contact c WHERE c.owner_id = $1 AND c.id = k.referrer_id) rc
          WHERE k.met >= ${HIGH_YIELD_MIN_MEETINGS} AND k.met >= ${HIGH_YIELD_MIN_RATE} * k.referrals
       ),
       high_yield AS (
         SELECT DISTINCT ON (r.referred_id) r.referred_id, k.name
           FROM referral r
           JOIN high_yielders k ON k.referrer_id = r.referrer_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
          ORDER BY r.referred_id, k.met DESC, k.name
       ),
       last_ask AS (
         SELECT DISTINCT ON (i.contact_id) i.contact_id, i.outcome::text AS outcome, i.occurred_at,
                count(*) OVER (PARTITION BY i.contact_id) AS asks
           FROM interaction i
          WHERE i.owner_id = $1 AND i.inquiry_id = $2 AND i.kind = 'ask' AND i.deleted_at IS NULL
          ORDER BY i.contact_id, i.occurred_at DESC
       ),
       facts AS (
         SELECT pe.*,
                pe.stage = 'accepted' AS accepted_no_meeting,
                pe.origin = 'referral' AND pe.stage IN ('suggested', 'to_ask') AS referred_not_asked,
                pe.origin = 'seed' AND pe.stage IN ('suggested', 'to_ask') AS not_yet_asked,
                pe.seniority IS NOT NULL AND pe.same_organization IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM heard h WHERE h.seniority = pe.seniority
                                                          AND h.same_organization = pe.same_organization) AS fills_gap,
                hy.name AS high_yield_referrer,
                CASE WHEN pe.stage IN ('asked', 'no_response') AND la.outcome IN ('pending', 'no_response')
                          AND la.asks = 1 AND la.occurred_at < now() - make_interval(days => $8::int)
                     THEN floor(extract(epoch FROM now() - la.occurred_at) / 86400)::int END AS stalled_days
           FROM people pe
           LEFT JOIN high_yield hy ON hy.referred_id = pe.contact_id
           LEFT JOIN last_ask la ON la.contact_id = pe.contact_id
          WHERE pe.stage NOT IN ('met', 'thanked', 'declined')
       ),
       scored AS (
         SELECT 'inquiry' AS source, f.contact_id, f.name, f.organization, f.seniority, f.same_organization,
                f.wave, f.wave AS sort_wave, f.stage, f.origin, f.accepted_no_meeting, f.referred_not_asked,
                f.fills_gap, f.high_yield_referrer, f.stalled_days, f.not_yet_asked,
                0 AS matched_terms,
                (CASE WHEN accepted_no_meeting THEN ${w.acceptedNoMeeting} ELSE 0 END
               + CASE WHEN referred_not_asked THEN ${w.referredNotAsked} ELSE 0 END
               + CASE WHEN fills_gap THEN ${w.fillsGap} ELSE 0 END
               + CASE WHEN high_yield_referrer IS NOT NULL THEN ${w.highYield} ELSE 0 END
               + CASE WHEN stalled_days IS NOT NULL THEN ${w.stalledAsk} ELSE 0 END
               + CASE WHEN not_yet_asked THEN ${w.notYetAsked} ELSE 0 END)::int AS score
           FROM facts f
          WHERE (accepted_no_meeting OR referred_not_asked OR stalled_days IS NOT NULL OR not_yet_asked
                 OR (stage IN ('suggested', 'to_ask') AND (fills_gap OR high_yield_referrer IS NOT NULL)))
       ),
       topic AS (
         SELECT concat_ws(' ', i.challenge,
                  (SELECT string_agg(q.text, ' ') FROM question q
                    WHERE q.owner_id = $1 AND q.inquiry_id = $2 AND q.status = 'open' AND q.deleted_at IS NULL)
                ) AS text
           FROM inquiry i WHERE i.owner_id = $1 AND i.id = $2
       ),
       terms AS (
         SELECT replace(plainto_tsquery('english', t.text)::text, ' & ', ' | ')::tsquery AS query,
                tsvector_to_array(to_tsvector('english', t.text)) AS lexemes
           FROM topic t WHERE t.text <> ''
       ),
       network AS (
         SELECT c.id AS contact_id, c.name, c.organization, c.seniority, c.same_organization,
                (SELECT count(*) FROM unnest(tsvector_to_array(
                   snowball_contact_document(c.title, c.responsibilities, c.interests, c.tags))) AS l
                  WHERE l = ANY (terms.lexemes))::int AS matched_terms
           FROM terms
           JOIN contact c ON c.owner_id = $1 AND c.deleted_at IS NULL
                         AND snowball_contact_document(c.title, c.responsibilities, c.interests, c.tags) @@ terms.query
          WHERE c.seniority IS NOT NULL AND c.same_organization IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM heard h WHERE h.seniority = c.seniority
                                                    AND h.same_organization = c.same_organization)
            AND NOT EXISTS (SELECT 1 FROM participant p WHERE p.owner_id = $1 AND p.inquiry_id = $2
                                                          AND p.contact_id = c.id AND p.deleted_at IS NULL)
          ORDER BY ts_rank(snowball_contact_document(c.title, c.responsibilities, c.interests, c.tags), terms.query) DESC,
                   c.name, c.id
          LIMIT ${NETWORK_CANDIDATES}
       ),
       everyone AS (
         SELECT * FROM scored
         UNION ALL
         SELECT 'network', n.contact_id, n.name, n.organization, n.seniority, n.same_organization,
                NULL::int, ${NETWORK_SORT_WAVE}, NULL::participant_stage, NULL::participant_origin, false, false, true, NULL::varchar, NULL::int,
                false, n.matched_terms,
                (${w.fillsGap} + least(${w.matchesInquiryPerWord} * n.matched_terms, ${w.matchesInquiryMax}))::int
           FROM network n
       ),
       page AS (
         SELECT * FROM everyone
          WHERE $4::int IS NULL
             OR score < $4
             OR (score = $4 AND sort_wave > $5)
             OR (score = $4 AND sort_wave = $5 AND (name, contact_id) > ($6::text, $7::uuid))
          ORDER BY score DESC, sort_wave, name, contact_id
          LIMIT $3
       )
       SELECT page.*, rb.referrers, m.field AS matched_field, m.words AS matched_words
         FROM page
         -- Who referred each person on the page (not for everyone in the inquiry).
         LEFT JOIN LATERAL (
           SELECT jsonb_agg(jsonb_build_object('contactId', r.referrer_id, 'name', rc.name, 'reason', r.reason)
                            ORDER BY r.created_at, r.id) AS referrers
             FROM referral r
             JOIN contact rc ON rc.id = r.referrer_id AND rc.owner_id = $1 AND rc.deleted_at IS NULL
            WHERE page.source = 'inquiry' AND r.owner_id = $1 AND r.inquiry_id = $2 AND r.referred_id = page.contact_id
              AND r.deleted_at IS NULL
         ) rb ON true
         LEFT JOIN contact c ON page.source = 'network' AND c.owner_id = $1 AND c.id = page.contact_id
         LEFT JOIN LATERAL (
           SELECT f.field, (SELECT string_agg(x.word, ' ' ORDER BY x.n) FROM (
                    SELECT word, min(n) AS n
                      FROM regexp_split_to_table(lower(f.value), '[^[:alnum:]]+') WITH ORDINALITY AS s(word, n)
                     WHERE word <> '' AND tsvector_to_array(to_tsvector('english', word)) && (SELECT lexemes FROM terms)
                     GROUP BY word) x) AS words
             FROM (VALUES (1, 'responsibilities', c.responsibilities), (2, 'title', c.title::text),
                          (3, 'interests', c.interests), (4, 'tags', array_to_string(c.tags, ' '))) AS f(ord, field, value)
            WHERE c.id IS NOT NULL AND f.value IS NOT NULL
              AND tsvector_to_array(to_tsvector('english', f.value)) && (SELECT lexemes FROM terms)
            ORDER BY f.ord
            LIMIT 1
         ) m ON true
        ORDER BY page.score DESC, page.sort_wave, page.name, page.contact_id`,
      [
        ownerId,
        inquiryId,
        limit,
        after?.score ?? null,
        after?.wave ?? null,
        after?.name ?? null,
        after?.id ?? null,
        followUpDays,
      ],
    );
  }
}
