/*
 * The writer of analytics' own read models, `inquiry_insight_count` and `inquiry_theme_contact`
 * (docs/architecture.md, "Read models"): moved by the insight and contact events inside the
 * publisher's transaction, each change one statement per table (nothing when a change moves no count,
 * e.g. an insight's text edited). Every statement filters on owner_id; the joins carry the owner.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InsightFacts } from '../../common/events/events.js';
import { InsightFacet } from './inquiry-insight-count.entity.js';

/**
 * Recounts the read models of some inquiries from the insight table ($1 owner, $2 inquiry ids): the
 * definition the incremental updates must always agree with (the migration backfills with the same
 * statements, the bench fills its dataset with them, the read-model test compares against them).
 */
export const RECOUNT_INSIGHTS: readonly string[] = [
  `DELETE FROM inquiry_insight_count WHERE owner_id = $1 AND inquiry_id = ANY ($2::uuid[])`,
  `DELETE FROM inquiry_theme_contact WHERE owner_id = $1 AND inquiry_id = ANY ($2::uuid[])`,
  `INSERT INTO inquiry_insight_count (owner_id, inquiry_id, facet, value, insights)
   SELECT s.owner_id, s.inquiry_id, '${InsightFacet.Kind}', s.kind::text, count(*)::int
     FROM insight s
    WHERE s.owner_id = $1 AND s.inquiry_id = ANY ($2::uuid[]) AND s.deleted_at IS NULL
    GROUP BY s.owner_id, s.inquiry_id, s.kind
   UNION ALL
   SELECT s.owner_id, s.inquiry_id, '${InsightFacet.Theme}', t.theme, count(*)::int
     FROM insight s CROSS JOIN LATERAL (SELECT DISTINCT unnest(s.themes) AS theme) t
    WHERE s.owner_id = $1 AND s.inquiry_id = ANY ($2::uuid[]) AND s.deleted_at IS NULL
    GROUP BY s.owner_id, s.inquiry_id, t.theme
   UNION ALL
   SELECT s.owner_id, s.inquiry_id, '${InsightFacet.Contact}', s.contact_id::text, count(*)::int
     FROM insight s
    WHERE s.owner_id = $1 AND s.inquiry_id = ANY ($2::uuid[]) AND s.deleted_at IS NULL AND s.contact_id IS NOT NULL
    GROUP BY s.owner_id, s.inquiry_id, s.contact_id`,
  `INSERT INTO inquiry_theme_contact (owner_id, inquiry_id, theme, contact_id, insights, seniority, same_organization)
   SELECT s.owner_id, s.inquiry_id, t.theme, s.contact_id, count(*)::int, c.seniority, c.same_organization
     FROM insight s CROSS JOIN LATERAL (SELECT DISTINCT unnest(s.themes) AS theme) t
     JOIN contact c ON c.owner_id = s.owner_id AND c.id = s.contact_id
    WHERE s.owner_id = $1 AND s.inquiry_id = ANY ($2::uuid[]) AND s.deleted_at IS NULL
    GROUP BY s.owner_id, s.inquiry_id, t.theme, s.contact_id, c.seniority, c.same_organization`,
];

/** Adds `sign` × one to `deltas` under `key`. */
function add(deltas: Map<string, number>, key: string, sign: number): void {
  deltas.set(key, (deltas.get(key) ?? 0) + sign);
}

/** The non-zero deltas, each key split back into its parts (joined by a NUL, which no value holds). */
function nonZero(deltas: Map<string, number>): Array<{ parts: string[]; delta: number }> {
  return [...deltas].filter(([, delta]) => delta !== 0).map(([key, delta]) => ({ parts: key.split('\u0000'), delta }));
}

@Injectable()
export class InsightCountsRepository {
  /** Moves the counts from the insights as they were (`before`) to the insights as they are (`after`). */
  async change(manager: EntityManager, ownerId: string, before: InsightFacts[], after: InsightFacts[]): Promise<void> {
    const counts = new Map<string, number>();
    const themeContacts = new Map<string, number>();
    const tally = (insight: InsightFacts, sign: number) => {
      add(counts, [insight.inquiryId, InsightFacet.Kind, insight.kind].join('\u0000'), sign);
      if (insight.contactId)
        add(counts, [insight.inquiryId, InsightFacet.Contact, insight.contactId].join('\u0000'), sign);
      for (const theme of new Set(insight.themes)) {
        add(counts, [insight.inquiryId, InsightFacet.Theme, theme].join('\u0000'), sign);
        if (insight.contactId) add(themeContacts, [insight.inquiryId, theme, insight.contactId].join('\u0000'), sign);
      }
    };
    for (const insight of before) tally(insight, -1);
    for (const insight of after) tally(insight, 1);

    const countRows = nonZero(counts);
    if (countRows.length > 0) {
      await manager.query(
        `INSERT INTO inquiry_insight_count (owner_id, inquiry_id, facet, value, insights)
         SELECT $1, d.inquiry_id, d.facet, d.value, d.delta
           FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) AS d(inquiry_id, facet, value, delta)
         ON CONFLICT (owner_id, inquiry_id, facet, value)
         DO UPDATE SET insights = inquiry_insight_count.insights + EXCLUDED.insights`,
        [
          ownerId,
          countRows.map((row) => row.parts[0]),
          countRows.map((row) => row.parts[1]),
          countRows.map((row) => row.parts[2]),
          countRows.map((row) => row.delta),
        ],
      );
    }
    const contactRows = nonZero(themeContacts);
    if (contactRows.length > 0) {
      // The contact's perspective as it is now comes along (and refreshes the row's).
      await manager.query(
        `INSERT INTO inquiry_theme_contact (owner_id, inquiry_id, theme, contact_id, insights, seniority, same_organization)
         SELECT $1, d.inquiry_id, d.theme, d.contact_id, d.delta, c.seniority, c.same_organization
           FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::int[]) AS d(inquiry_id, theme, contact_id, delta)
           LEFT JOIN contact c ON c.owner_id = $1 AND c.id = d.contact_id
         ON CONFLICT (owner_id, inquiry_id, theme, contact_id)
         DO UPDATE SET insights = inquiry_theme_contact.insights + EXCLUDED.insights,
                       seniority = EXCLUDED.seniority, same_organization = EXCLUDED.same_organization`,
        [
          ownerId,
          contactRows.map((row) => row.parts[0]),
          contactRows.map((row) => row.parts[1]),
          contactRows.map((row) => row.parts[2]),
          contactRows.map((row) => row.delta),
        ],
      );
    }
  }

  /** Recounts the inquiries' rows from the insight table (bulk rewrites: erasure, merge). */
  async recount(manager: EntityManager, ownerId: string, inquiryIds: string[]): Promise<void> {
    const ids = [...new Set(inquiryIds)];
    if (ids.length === 0) return;
    for (const statement of RECOUNT_INSIGHTS) await manager.query(statement, [ownerId, ids]);
  }

  /** The contacts' perspective as it is now, on their rows (one statement; rows already right are left alone). */
  async refreshProfiles(manager: EntityManager, ownerId: string, contactIds: string[]): Promise<void> {
    if (contactIds.length === 0) return;
    await manager.query(
      `UPDATE inquiry_theme_contact t SET seniority = c.seniority, same_organization = c.same_organization
         FROM contact c
        WHERE t.owner_id = $1 AND t.contact_id = ANY ($2::uuid[]) AND c.owner_id = $1 AND c.id = t.contact_id
          AND (t.seniority IS DISTINCT FROM c.seniority OR t.same_organization IS DISTINCT FROM c.same_organization)`,
      [ownerId, [...new Set(contactIds)]],
    );
  }
}
