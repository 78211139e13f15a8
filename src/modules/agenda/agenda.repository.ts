/*
 * A read model over many modules' tables (interaction, contact, inquiry, commitment and
 * reflection). Unlike a feature service it may read across tables (docs/architecture.md, "Modules
 * and tables"); it never writes. Every table is filtered on owner_id and every join carries the
 * owner, so on Citus each query runs on the owner's shard.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgendaItemType } from './dto/agenda.dto.js';

/** One due item as the query returns it; `agenda.mapper.ts` turns it into an `AgendaItemDto`. */
export interface AgendaRow {
  type: AgendaItemType;
  id: string;
  due_at: Date;
  contact_id: string | null;
  contact_name: string | null;
  inquiry_id: string | null;
  inquiry_title: string | null;
  ref_id: string | null;
  /** The ask, the meeting/call, the last interaction or the last reflection the item counts from. */
  happened_at: Date | null;
  /** The meeting's kind, or who promised (`me`/`them`). */
  kind: string | null;
  /** The commitment's description (its first 200 characters). */
  text: string | null;
  /** Keep-in-touch days, or conversations since the last reflection. */
  amount: number | null;
}

/** Where the keyset page starts: strictly after this (dueAt, id). */
export interface AgendaPosition {
  dueAt: Date;
  id: string;
}

/** Days after an unanswered ask before it is due a follow-up. */
export const ASK_FOLLOW_UP_DAYS = 7;
/** Days after a meeting or call by which a thank-you is due. */
export const THANK_YOU_DAYS = 2;
/** Meetings and calls older than this no longer ask for a thank-you. */
export const THANK_YOU_HORIZON_DAYS = 90;
/** Open commitments due within this many days (or overdue) are listed. */
export const COMMITMENT_LOOKAHEAD_DAYS = 7;
/** Conversations since the last reflection that make one due. */
export const REFLECTION_CONVERSATIONS = 5;
/** Days since the last reflection (with at least one conversation) that make one due. */
export const REFLECTION_DAYS = 14;

/**
 * An interaction that counts: not deleted, and not in a deleted inquiry. `alias` is the
 * interaction, `inquiryAlias` the inquiry LEFT JOINed on its `inquiry_id` (NULL when it has none).
 */
const live = (alias: string, inquiryAlias: string) =>
  `${alias}.deleted_at IS NULL AND ${inquiryAlias}.deleted_at IS NULL`;

/**
 * Everything due for one owner, as one UNION ALL of the five rules (docs/agenda.md), ordered by
 * (dueAt, id) ascending with keyset pagination. Every branch filters on owner_id through an index
 * leading with it: asks, meetings/calls and thank-yous (and the "is there a later one" probes) by
 * (owner_id, kind, occurred_at) or (owner_id, contact_id, occurred_at), commitments by
 * (owner_id, status, due_at), active inquiries by (owner_id, status), their last reflection by
 * (owner_id, inquiry_id, created_at) and their conversations by (owner_id, inquiry_id, occurred_at).
 * A branch whose type is filtered out is skipped as a whole (its type test is a one-time filter).
 * Each branch but the reflections (one row per active inquiry at most) starts at the cursor and
 * stops after one page in its own due order, read from those indexes, so a page costs about a page
 * of probes, not every due item of the user. The asks and thank-yous are read in occurred_at order,
 * which is their due order (a fixed number of days later; the bound before the exact cursor test
 * is one day looser, for time zones whose days are not 24 h).
 */
@Injectable()
export class AgendaRepository {
  async due(
    manager: EntityManager,
    ownerId: string,
    options: { types: AgendaItemType[]; after: AgendaPosition | null; limit: number },
  ): Promise<AgendaRow[]> {
    const rows: AgendaRow[] = await manager.query(
      `SELECT * FROM (
         -- Asks still pending ${ASK_FOLLOW_UP_DAYS} days on: only the latest ask per (contact, inquiry),
         -- and only while no meeting or call with that contact has happened since.
         (SELECT 'ask_awaiting_answer'::text AS type, a.id,
                a.occurred_at + make_interval(days => ${ASK_FOLLOW_UP_DAYS}) AS due_at,
                c.id AS contact_id, c.name AS contact_name, q.id AS inquiry_id, q.title AS inquiry_title,
                a.id AS ref_id, a.occurred_at AS happened_at, NULL::text AS kind, NULL::text AS text,
                NULL::int AS amount
           FROM interaction a
           JOIN contact c ON c.id = a.contact_id AND c.owner_id = $1 AND c.deleted_at IS NULL
           LEFT JOIN inquiry q ON q.id = a.inquiry_id AND q.owner_id = $1
          WHERE $2::text[] @> ARRAY['ask_awaiting_answer']
            AND a.owner_id = $1 AND a.kind = 'ask' AND a.outcome = 'pending' AND ${live('a', 'q')}
            AND a.occurred_at < now() - make_interval(days => ${ASK_FOLLOW_UP_DAYS})
            AND NOT EXISTS (
              SELECT 1 FROM interaction l
               WHERE l.owner_id = $1 AND l.contact_id = a.contact_id AND l.kind = 'ask'
                 AND l.inquiry_id IS NOT DISTINCT FROM a.inquiry_id AND l.deleted_at IS NULL
                 AND l.occurred_at >= a.occurred_at
                 AND (l.occurred_at, l.created_at, l.id) > (a.occurred_at, a.created_at, a.id))
            AND NOT EXISTS (
              SELECT 1 FROM interaction m LEFT JOIN inquiry mq ON mq.owner_id = m.owner_id AND mq.id = m.inquiry_id
               WHERE m.owner_id = $1 AND m.contact_id = a.contact_id AND m.kind IN ('meeting', 'call')
                 AND m.occurred_at >= a.occurred_at AND ${live('m', 'mq')})
            AND ($3::timestamptz IS NULL
                 OR (a.occurred_at >= $3::timestamptz - make_interval(days => ${ASK_FOLLOW_UP_DAYS + 1})
                     AND (a.occurred_at + make_interval(days => ${ASK_FOLLOW_UP_DAYS}), a.id) > ($3::timestamptz, $4::uuid)))
          ORDER BY a.occurred_at, a.id LIMIT $5)
         UNION ALL
         -- The latest meeting or call per contact (of the last ${THANK_YOU_HORIZON_DAYS} days) with no thank-you since.
         (SELECT 'thank_you_owed', m.id, m.occurred_at + make_interval(days => ${THANK_YOU_DAYS}),
                c.id, c.name, q.id, q.title, m.id, m.occurred_at, m.kind::text, NULL, NULL
           FROM interaction m
           JOIN contact c ON c.id = m.contact_id AND c.owner_id = $1 AND c.deleted_at IS NULL
           LEFT JOIN inquiry q ON q.id = m.inquiry_id AND q.owner_id = $1
          WHERE $2::text[] @> ARRAY['thank_you_owed']
            AND m.owner_id = $1 AND m.kind IN ('meeting', 'call') AND ${live('m', 'q')}
            AND m.occurred_at >= now() - make_interval(days => ${THANK_YOU_HORIZON_DAYS}) AND m.occurred_at <= now()
            AND NOT EXISTS (
              SELECT 1 FROM interaction l LEFT JOIN inquiry lq ON lq.owner_id = l.owner_id AND lq.id = l.inquiry_id
               WHERE l.owner_id = $1 AND l.contact_id = m.contact_id AND l.kind IN ('meeting', 'call')
                 AND l.occurred_at >= m.occurred_at AND l.occurred_at <= now()
                 AND (l.occurred_at, l.created_at, l.id) > (m.occurred_at, m.created_at, m.id)
                 AND ${live('l', 'lq')})
            AND NOT EXISTS (
              SELECT 1 FROM interaction t LEFT JOIN inquiry tq ON tq.owner_id = t.owner_id AND tq.id = t.inquiry_id
               WHERE t.owner_id = $1 AND t.contact_id = m.contact_id AND t.kind = 'thank_you'
                 AND t.occurred_at >= m.occurred_at AND ${live('t', 'tq')})
            AND ($3::timestamptz IS NULL
                 OR (m.occurred_at >= $3::timestamptz - make_interval(days => ${THANK_YOU_DAYS + 1})
                     AND (m.occurred_at + make_interval(days => ${THANK_YOU_DAYS}), m.id) > ($3::timestamptz, $4::uuid)))
          ORDER BY m.occurred_at, m.id LIMIT $5)
         UNION ALL
         -- Open commitments, either direction, overdue or due within ${COMMITMENT_LOOKAHEAD_DAYS} days.
         (SELECT 'commitment_due', k.id, k.due_at, c.id, c.name, q.id, q.title, k.id, NULL,
                k.promised_by::text, left(k.description, 200), NULL
           FROM commitment k
           JOIN contact c ON c.id = k.contact_id AND c.owner_id = $1 AND c.deleted_at IS NULL
           LEFT JOIN inquiry q ON q.id = k.inquiry_id AND q.owner_id = $1
          WHERE $2::text[] @> ARRAY['commitment_due']
            AND k.owner_id = $1 AND k.status = 'open' AND ${live('k', 'q')}
            AND k.due_at <= now() + make_interval(days => ${COMMITMENT_LOOKAHEAD_DAYS})
            AND ($3::timestamptz IS NULL OR (k.due_at, k.id) > ($3::timestamptz, $4::uuid))
          ORDER BY k.due_at, k.id LIMIT $5)
         UNION ALL
         -- Contacts not in touch for longer than their keep_in_touch_days (counted from when they
         -- were added if never contacted).
         (SELECT 'keep_in_touch', c.id,
                coalesce(c.last_interaction_at, c.created_at) + make_interval(days => c.keep_in_touch_days),
                c.id, c.name, NULL, NULL, NULL, c.last_interaction_at, NULL, NULL, c.keep_in_touch_days
           FROM contact c
          WHERE $2::text[] @> ARRAY['keep_in_touch']
            AND c.owner_id = $1 AND c.deleted_at IS NULL AND c.keep_in_touch_days IS NOT NULL
            AND coalesce(c.last_interaction_at, c.created_at) + make_interval(days => c.keep_in_touch_days) < now()
            AND ($3::timestamptz IS NULL
                 OR (coalesce(c.last_interaction_at, c.created_at) + make_interval(days => c.keep_in_touch_days), c.id)
                    > ($3::timestamptz, $4::uuid))
          ORDER BY 3, c.id LIMIT $5)
         UNION ALL
         -- Active inquiries with ${REFLECTION_CONVERSATIONS}+ conversations since the last reflection, or 1+ and
         -- ${REFLECTION_DAYS} days since it (or since the inquiry was created). Conversations count by
         -- createdAt, as the reflection's own figures do.
         SELECT 'reflection_due', q.id,
                LEAST(
                  fifth.fifth_at,
                  CASE WHEN since.deadline <= now() THEN GREATEST(since.deadline, conv.first_at) END),
                NULL, NULL, q.id, q.title, r.id, r.created_at, NULL, NULL, conv.n
           FROM inquiry q
           LEFT JOIN LATERAL (
             SELECT r.id, r.created_at FROM reflection r
              WHERE r.owner_id = $1 AND r.inquiry_id = q.id AND r.deleted_at IS NULL
              ORDER BY r.created_at DESC, r.id DESC LIMIT 1) r ON true
           CROSS JOIN LATERAL (
             SELECT coalesce(r.created_at, q.created_at) + make_interval(days => ${REFLECTION_DAYS}) AS deadline) since
           CROSS JOIN LATERAL (
             SELECT count(*)::int AS n, min(i.created_at) AS first_at
               FROM interaction i
              WHERE i.owner_id = $1 AND i.inquiry_id = q.id AND i.kind IN ('meeting', 'call')
                AND i.deleted_at IS NULL AND i.created_at > coalesce(r.created_at, '-infinity')) conv
           -- The ${REFLECTION_CONVERSATIONS}th conversation since (createdAt, id order), read by index.
           LEFT JOIN LATERAL (
             SELECT i.created_at AS fifth_at
               FROM interaction i
              WHERE i.owner_id = $1 AND i.inquiry_id = q.id AND i.kind IN ('meeting', 'call')
                AND i.deleted_at IS NULL AND i.created_at > coalesce(r.created_at, '-infinity')
              ORDER BY i.created_at, i.id OFFSET ${REFLECTION_CONVERSATIONS - 1} LIMIT 1) fifth ON true
          WHERE $2::text[] @> ARRAY['reflection_due']
            AND q.owner_id = $1 AND q.status = 'active' AND q.deleted_at IS NULL
            AND conv.n >= 1 AND (conv.n >= ${REFLECTION_CONVERSATIONS} OR since.deadline <= now())
       ) agenda
       WHERE $3::timestamptz IS NULL OR (agenda.due_at, agenda.id) > ($3::timestamptz, $4::uuid)
       ORDER BY agenda.due_at, agenda.id
       LIMIT $5`,
      [ownerId, options.types, options.after?.dueAt ?? null, options.after?.id ?? null, options.limit],
    );
    return rows;
  }
}
