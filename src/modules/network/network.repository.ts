/*
 * A read model over many modules' tables (participant, contact and referral). Unlike a feature
 * service it may read across tables (docs/architecture.md, "Modules and tables"); it never writes.
 * Every table is filtered on owner_id and every join carries the owner, so on Citus each query
 * runs on the owner's shard.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NetworkEdgeDto, NetworkNodeDto } from './dto/network.dto.js';

/**
 * The two reads behind an inquiry's network, parameterised and scoped to owner and inquiry. Live
 * rows only: a soft-deleted participant, referral or contact is not part of the picture, and an
 * edge is kept only when both of its ends are nodes. Each participant's contact is read by primary
 * key (`OFFSET 0` keeps the planner from hashing all of the user's contacts instead), so the cost
 * follows the inquiry, not the user's address book.
 */
@Injectable()
export class NetworkRepository {
  /**
   * The live participants with their contact, by wave, then by when they joined (stable, so `n<i>`
   * names the same person on every read of an unchanged graph). `limit` null means all of them.
   */
  nodes(manager: EntityManager, ownerId: string, inquiryId: string, limit: number | null): Promise<NetworkNodeDto[]> {
    return manager.query(
      `SELECT p.contact_id AS "contactId", c.name, p.wave, p.stage, p.origin, c.seniority,
              c.same_organization AS "sameOrganization"
         FROM participant p
        CROSS JOIN LATERAL (
          SELECT c.name, c.seniority, c.same_organization FROM contact c
           WHERE c.owner_id = $1 AND c.id = p.contact_id AND c.deleted_at IS NULL
          OFFSET 0
        ) c
        WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL
        ORDER BY p.wave, p.created_at, p.id
        LIMIT $3`,
      [ownerId, inquiryId, limit],
    );
  }

  /** The live referrals between live participants, oldest first. */
  edges(manager: EntityManager, ownerId: string, inquiryId: string): Promise<NetworkEdgeDto[]> {
    return manager.query(
      `WITH live AS (
         SELECT p.contact_id
           FROM participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM contact c WHERE c.owner_id = $1 AND c.id = p.contact_id AND c.deleted_at IS NULL
                         OFFSET 0)
       )
       SELECT r.id, r.referrer_id AS "from", r.referred_id AS "to", r.reason
         FROM referral r
         JOIN live referrer ON referrer.contact_id = r.referrer_id
         JOIN live referred ON referred.contact_id = r.referred_id
        WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
        ORDER BY r.created_at, r.id`,
      [ownerId, inquiryId],
    );
  }
}
