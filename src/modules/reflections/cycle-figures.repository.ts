import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CycleFigures } from './reflection.entity.js';

/**
 * A read model over many tables (interaction, insight, participant with its contact summary, referral, reflection):
 * the figures a reflection freezes for the cycle it closes. Like the agenda, analytics, network and
 * the contact timeline it reads across modules' tables, and only reads; every table is filtered on
 * owner_id, and each join carries the owner.
 */
@Injectable()
export class CycleFiguresRepository {
  /** The figures of the cycle being closed: everything since the previous reflection (one query). */
  async of(manager: EntityManager, ownerId: string, inquiryId: string): Promise<CycleFigures> {
    const rows: Array<Record<string, string>> = await manager.query(
      `WITH since AS (
         SELECT coalesce(max(created_at), '-infinity'::timestamptz) AS at
           FROM reflection WHERE owner_id = $1 AND inquiry_id = $2 AND deleted_at IS NULL
       ),
       conversations AS (
         -- Only conversations with participants, so the figures and the snowball agree (a
         -- conversation now makes its contact a participant; this keeps older rows in step). One
         -- live participant per contact and inquiry, so the join repeats no conversation; the
         -- participant brings its contact's perspective (the summary it keeps: no contact read).
         SELECT i.contact_id, p.contact_seniority AS seniority, p.contact_same_organization AS same_organization
           FROM interaction i
           CROSS JOIN since
           JOIN participant p ON p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = i.contact_id
                             AND p.deleted_at IS NULL
          WHERE i.owner_id = $1 AND i.inquiry_id = $2 AND i.deleted_at IS NULL
            AND i.kind IN ('meeting', 'call') AND i.created_at > since.at
       )
       SELECT
         (SELECT count(*) FROM conversations) AS conversations,
         (SELECT count(*) FROM insight s, since WHERE s.owner_id = $1 AND s.inquiry_id = $2
             AND s.deleted_at IS NULL AND s.created_at > since.at) AS insights,
         -- The new participants whose contact is live (the summary each participant keeps, so no
         -- contact is read): the cost follows the inquiry, not the address book.
         (SELECT count(*) FROM participant p, since
           WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL AND p.contact_live
             AND p.created_at > since.at) AS new_people,
         (SELECT count(*) FROM referral r, since WHERE r.owner_id = $1 AND r.inquiry_id = $2
             AND r.deleted_at IS NULL AND r.created_at > since.at) AS referrals,
         (SELECT count(*) FROM (SELECT DISTINCT seniority, same_organization FROM conversations
                                  WHERE seniority IS NOT NULL AND same_organization IS NOT NULL) d) AS perspectives`,
      [ownerId, inquiryId],
    );
    const row = rows[0];
    return {
      conversations: Number(row.conversations),
      insights: Number(row.insights),
      newPeople: Number(row.new_people),
      referrals: Number(row.referrals),
      perspectivesCovered: Number(row.perspectives),
    };
  }
}
