/*
 * A read model over many modules' tables (interaction, insight, referral, commitment, opportunity). Unlike a
 * feature service it may read across tables (docs/architecture.md, "Modules and tables"); it never
 * writes. Every table is filtered on owner_id and every join carries the owner, so on Citus each
 * query runs on the owner's shard.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, type Page, type PageQueryDto } from '../../common/pagination.js';
import type { TimelineItemDto, TimelineItemType } from './dto/timeline.dto.js';

interface TimelineRow {
  type: TimelineItemType;
  id: string;
  at: Date;
  inquiry_id: string | null;
  kind: string | null;
  text: string | null;
  other_contact_id: string | null;
  other_contact_name: string | null;
  outcome: string | null;
}

/**
 * A contact's history across interactions, insights, referrals (either side), commitments and
 * opportunities, newest first by when each happened (an insight or referral at the time of the
 * conversation it came from, when it names one), as one UNION ALL query with keyset pagination on
 * (at, id). Each branch is served by an index leading with owner_id and contact_id.
 */
@Injectable()
export class ContactTimelineRepository {
  async page(
    manager: EntityManager,
    ownerId: string,
    contactId: string,
    page: PageQueryDto,
  ): Promise<Page<TimelineItemDto>> {
    const limit = page.limit ?? DEFAULT_LIMIT;
    const cursor = page.cursor ? decodeCursor(page.cursor) : null;
    const rows: TimelineRow[] = await manager.query(
      `SELECT timeline.*, oc.name AS other_contact_name FROM (
         SELECT 'interaction' AS type, i.id, i.occurred_at AS at, i.inquiry_id, i.kind::text AS kind,
                i.summary AS text, NULL::uuid AS other_contact_id, i.outcome::text AS outcome
           FROM interaction i WHERE i.owner_id = $1 AND i.contact_id = $2 AND i.deleted_at IS NULL
         UNION ALL
         SELECT 'insight', s.id, coalesce(si.occurred_at, s.created_at), s.inquiry_id, s.kind::text, s.text, NULL, NULL
           FROM insight s
           LEFT JOIN interaction si ON si.owner_id = $1 AND si.id = s.interaction_id
          WHERE s.owner_id = $1 AND s.contact_id = $2 AND s.deleted_at IS NULL
         UNION ALL
         SELECT 'referral', r.id, coalesce(ri.occurred_at, r.created_at), r.inquiry_id,
                CASE WHEN r.referred_id = $2 THEN 'referred_by' ELSE 'referred' END, r.reason,
                CASE WHEN r.referred_id = $2 THEN r.referrer_id ELSE r.referred_id END, NULL
           FROM referral r
           LEFT JOIN interaction ri ON ri.owner_id = $1 AND ri.id = r.interaction_id
          WHERE r.owner_id = $1 AND (r.referred_id = $2 OR r.referrer_id = $2) AND r.deleted_at IS NULL
         UNION ALL
         SELECT 'commitment', m.id, m.created_at, m.inquiry_id, m.promised_by::text, m.description, NULL, NULL
           FROM commitment m WHERE m.owner_id = $1 AND m.contact_id = $2 AND m.deleted_at IS NULL
         UNION ALL
         SELECT 'opportunity', o.id, o.occurred_at, o.inquiry_id, o.kind::text, o.description, NULL, NULL
           FROM opportunity o WHERE o.owner_id = $1 AND o.contact_id = $2 AND o.deleted_at IS NULL
       ) timeline
       LEFT JOIN contact oc ON oc.owner_id = $1 AND oc.id = timeline.other_contact_id AND oc.deleted_at IS NULL
       WHERE $3::timestamptz IS NULL OR (timeline.at, timeline.id) < ($3::timestamptz, $4::uuid)
       ORDER BY timeline.at DESC, timeline.id DESC
       LIMIT $5`,
      [ownerId, contactId, cursor ? new Date(cursor.k) : null, cursor?.id ?? null, limit + 1],
    );
    const hasMore = rows.length > limit;
    const data = (hasMore ? rows.slice(0, limit) : rows).map((row) => ({
      type: row.type,
      id: row.id,
      at: row.at,
      inquiryId: row.inquiry_id,
      kind: row.kind,
      text: row.text,
      otherContactId: row.other_contact_id,
      otherContactName: row.other_contact_name,
      outcome: row.outcome,
    }));
    const last = data[data.length - 1];
    return { data, nextCursor: hasMore && last ? encodeCursor({ k: last.at.toISOString(), id: last.id }) : null };
  }
}
