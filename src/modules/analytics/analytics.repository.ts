/*
 * A read model over many modules' tables (participant, contact, interaction, referral, insight and
 * opportunity). Unlike a feature service it may read across tables (docs/architecture.md, "Modules
 * and tables"); it never writes. Every table is filtered on owner_id and every join carries the
 * owner, so on Citus each query runs on the owner's shard.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

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
  contact_id: string;
  name: string;
  organization: string | null;
  seniority: string | null;
  same_organization: boolean | null;
  wave: number;
  stage: string;
  origin: string;
  accepted_no_meeting: boolean;
  referred_not_asked: boolean;
  fills_gap: boolean;
  high_yield_referrer: string | null;
  stalled_days: number | null;
  not_yet_asked: boolean;
  score: number;
}

/**
 * The inquiry's live participants joined to their contacts through the contact primary key
 * (owner_id, id) = ANY(the inquiry's contact ids): an index probe per participant, so the cost
 * follows the inquiry, not the user's whole address book (a hash join would scan every contact).
 * Parameters: $1 owner, $2 inquiry. Yields `p` (participant columns) and `c` (contact columns).
 */
const INQUIRY_PEOPLE = `participant p
         JOIN contact c ON c.owner_id = $1 AND c.id = p.contact_id AND c.deleted_at IS NULL
                       AND c.id = ANY (ARRAY(SELECT contact_id FROM participant
                                              WHERE owner_id = $1 AND inquiry_id = $2 AND deleted_at IS NULL))`;

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
} as const;

/** A connector counts as high-yield from this many meetings among the people they referred… */
export const HIGH_YIELD_MIN_MEETINGS = 2;
/** …and at least this share of their referrals becoming meetings. */
export const HIGH_YIELD_MIN_RATE = 0.5;
/** An ask pending for longer than this is stalled. */
export const STALLED_ASK_DAYS = 7;
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
   * The funnel, the waves and the perspective coverage in one statement: the inquiry's participants
   * are joined to their contacts once (by primary key) and aggregated three ways, instead of three
   * queries each making the join. Same rows as `funnel`, `waves` and `coverage`.
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
         SELECT p.stage, p.wave, c.seniority, c.same_organization
           FROM ${INQUIRY_PEOPLE}
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL
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

  /** Per referrer: referrals made, and what the people they referred yielded. */
  connectors(ownerId: string, inquiryId: string, limit: number): Promise<ConnectorRow[]> {
    return this.dataSource.query(
      `WITH edges AS (
         SELECT r.referrer_id, r.referred_id FROM referral r
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
       ),
       insights AS (
         SELECT s.contact_id, count(*)::int AS n FROM insight s
          WHERE s.owner_id = $1 AND s.inquiry_id = $2 AND s.deleted_at IS NULL AND s.contact_id IS NOT NULL
          GROUP BY s.contact_id
       ),
       opportunities AS (
         SELECT o.contact_id, count(*)::int AS n FROM opportunity o
          WHERE o.owner_id = $1 AND o.inquiry_id = $2 AND o.deleted_at IS NULL
          GROUP BY o.contact_id
       )
       SELECT e.referrer_id AS contact_id, c.name,
              count(*)::int AS referrals,
              count(*) FILTER (WHERE p.stage IN ${MET})::int AS met,
              coalesce(sum(i.n), 0)::int AS insights,
              coalesce(sum(o.n), 0)::int AS opportunities
         FROM edges e
         JOIN contact c ON c.owner_id = $1 AND c.id = e.referrer_id AND c.deleted_at IS NULL
                       AND c.id = ANY (ARRAY(SELECT DISTINCT referrer_id FROM edges))
         LEFT JOIN participant p ON p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = e.referred_id
                                AND p.deleted_at IS NULL
         LEFT JOIN insights i ON i.contact_id = e.referred_id
         LEFT JOIN opportunities o ON o.contact_id = e.referred_id
        GROUP BY e.referrer_id, c.name
        ORDER BY met DESC, insights DESC, opportunities DESC, referrals DESC, c.name, e.referrer_id
        LIMIT $3`,
      [ownerId, inquiryId, limit],
    );
  }

  insightsByKind(ownerId: string, inquiryId: string): Promise<Array<{ key: string; count: number }>> {
    return this.dataSource.query(
      `SELECT kind::text AS key, count(*)::int AS count FROM insight
        WHERE owner_id = $1 AND inquiry_id = $2 AND deleted_at IS NULL GROUP BY kind`,
      [ownerId, inquiryId],
    );
  }

  insightsByTheme(ownerId: string, inquiryId: string, limit: number): Promise<Array<{ key: string; count: number }>> {
    return this.dataSource.query(
      `SELECT theme AS key, count(*)::int AS count
         FROM insight, unnest(themes) AS theme
        WHERE owner_id = $1 AND inquiry_id = $2 AND deleted_at IS NULL
        GROUP BY theme ORDER BY count(*) DESC, theme LIMIT $3`,
      [ownerId, inquiryId, limit],
    );
  }

  /**
   * Themes with their insights, contacts and perspectives, patterns first (docs/metrics.md): ordered
   * by pattern, distinct perspectives, insights (all descending), then theme; keyset after `after`.
   * Aggregated in stages so no DISTINCT aggregate sorts the ~100k (theme, insight) rows: one row per
   * (theme, contact) first, their contacts read by primary key, then one row per (theme, perspective).
   */
  themes(
    ownerId: string,
    inquiryId: string,
    limit: number,
    after: { pattern: boolean; perspectives: number; insights: number; theme: string } | null,
  ): Promise<ThemeRow[]> {
    return this.dataSource.query(
      `WITH by_contact AS (
         -- A theme listed twice on one insight counts once (the position test replaces a DISTINCT).
         SELECT t.theme, s.contact_id, count(*) AS insights
           FROM insight s, unnest(s.themes) WITH ORDINALITY AS t(theme, position)
          WHERE s.owner_id = $1 AND s.inquiry_id = $2 AND s.deleted_at IS NULL
            AND NOT (t.theme = ANY (s.themes[1:t.position - 1]))
          GROUP BY t.theme, s.contact_id
       ),
       people AS MATERIALIZED (
         SELECT c.id, c.seniority::text AS seniority, c.same_organization FROM contact c
          WHERE c.owner_id = $1
            AND c.id = ANY (ARRAY(SELECT DISTINCT contact_id FROM insight
                                   WHERE owner_id = $1 AND inquiry_id = $2 AND deleted_at IS NULL
                                     AND contact_id IS NOT NULL))
       ),
       by_perspective AS (
         SELECT b.theme, pe.seniority, pe.same_organization,
                sum(b.insights) AS insights, count(b.contact_id) AS contacts
           FROM by_contact b LEFT JOIN people pe ON pe.id = b.contact_id
          GROUP BY b.theme, pe.seniority, pe.same_organization
       ),
       themes AS (
         SELECT theme,
                sum(insights)::int AS insights,
                sum(contacts)::int AS contacts,
                count(*) FILTER (WHERE seniority IS NOT NULL AND same_organization IS NOT NULL)::int AS perspective_count,
                coalesce(
                  jsonb_agg(jsonb_build_object('seniority', seniority, 'sameOrganization', same_organization)
                            ORDER BY seniority, same_organization)
                    FILTER (WHERE seniority IS NOT NULL AND same_organization IS NOT NULL),
                  '[]'::jsonb) AS perspectives
           FROM by_perspective GROUP BY theme
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
   * Everyone worth asking next, with the facts behind each reason and the score, in one query.
   * Never includes people you met, who thanked, or who declined.
   */
  candidates(
    ownerId: string,
    inquiryId: string,
    limit: number,
    after: { score: number; wave: number; name: string; id: string } | null,
  ): Promise<CandidateRow[]> {
    const w = SUGGESTION_WEIGHTS;
    return this.dataSource.query(
      `WITH people AS (
         SELECT p.contact_id, p.wave, p.stage::text AS stage, p.origin::text AS origin,
                c.name, c.organization, c.seniority::text AS seniority, c.same_organization
           FROM participant p
           JOIN contact c ON c.id = p.contact_id AND c.owner_id = $1 AND c.deleted_at IS NULL
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL
       ),
       heard AS (
         SELECT DISTINCT seniority, same_organization FROM people
          WHERE stage IN ${MET} AND seniority IS NOT NULL AND same_organization IS NOT NULL
       ),
       connectors AS (
         SELECT r.referrer_id, rc.name,
                count(*) AS referrals, count(*) FILTER (WHERE rp.stage IN ${MET}) AS met
           FROM referral r
           JOIN contact rc ON rc.id = r.referrer_id AND rc.owner_id = $1
           LEFT JOIN people rp ON rp.contact_id = r.referred_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
          GROUP BY r.referrer_id, rc.name
       ),
       high_yield AS (
         SELECT DISTINCT ON (r.referred_id) r.referred_id, k.name
           FROM referral r
           JOIN connectors k ON k.referrer_id = r.referrer_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
            AND k.met >= ${HIGH_YIELD_MIN_MEETINGS} AND k.met >= ${HIGH_YIELD_MIN_RATE} * k.referrals
          ORDER BY r.referred_id, k.met DESC, k.name
       ),
       last_ask AS (
         SELECT DISTINCT ON (i.contact_id) i.contact_id, i.outcome::text AS outcome, i.occurred_at
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
                CASE WHEN pe.stage = 'asked' AND la.outcome = 'pending'
                          AND la.occurred_at < now() - interval '${STALLED_ASK_DAYS} days'
                     THEN floor(extract(epoch FROM now() - la.occurred_at) / 86400)::int END AS stalled_days
           FROM people pe
           LEFT JOIN high_yield hy ON hy.referred_id = pe.contact_id
           LEFT JOIN last_ask la ON la.contact_id = pe.contact_id
          WHERE pe.stage NOT IN ('met', 'thanked', 'declined')
       ),
       scored AS (
         SELECT f.*,
                (CASE WHEN accepted_no_meeting THEN ${w.acceptedNoMeeting} ELSE 0 END
               + CASE WHEN referred_not_asked THEN ${w.referredNotAsked} ELSE 0 END
               + CASE WHEN fills_gap THEN ${w.fillsGap} ELSE 0 END
               + CASE WHEN high_yield_referrer IS NOT NULL THEN ${w.highYield} ELSE 0 END
               + CASE WHEN stalled_days IS NOT NULL THEN ${w.stalledAsk} ELSE 0 END
               + CASE WHEN not_yet_asked THEN ${w.notYetAsked} ELSE 0 END)::int AS score
           FROM facts f
       )
       SELECT * FROM scored
        WHERE (accepted_no_meeting OR referred_not_asked OR stalled_days IS NOT NULL OR not_yet_asked
               OR (stage IN ('suggested', 'to_ask') AND (fills_gap OR high_yield_referrer IS NOT NULL)))
          AND ($4::int IS NULL
               OR score < $4
               OR (score = $4 AND wave > $5)
               OR (score = $4 AND wave = $5 AND (name, contact_id) > ($6::text, $7::uuid)))
        ORDER BY score DESC, wave, name, contact_id
        LIMIT $3`,
      [ownerId, inquiryId, limit, after?.score ?? null, after?.wave ?? null, after?.name ?? null, after?.id ?? null],
    );
  }
}
