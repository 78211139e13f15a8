import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChainStepDto } from './dto/chain.dto.js';

/** At most this many shortest chains are listed to one contact (docs/domain.md). */
export const MAX_CHAINS = 10;

interface ChainEdgeRow {
  contact_id: string;
  name: string;
  organization: string | null;
  title: string | null;
  wave: number;
  referral_id: string | null;
  referrer_id: string | null;
  reason: string | null;
}

interface ChainRow {
  contact_id: string;
  name: string;
  organization: string | null;
  title: string | null;
  wave: number;
  referral_id: string | null;
  reason: string | null;
}

/**
 * The recursive queries over one inquiry's referral graph (a DAG): ancestry checks, wave
 * recomputation and shortest chains. Parameterised SQL, scoped to owner and inquiry. Recursion uses
 * UNION (not UNION ALL) over small tuples, so each query visits every (contact, depth) at most once
 * instead of enumerating paths, which explode on a dense DAG.
 */
@Injectable()
export class ReferralGraphRepository {
  /** True when `descendantId` is reachable from `ancestorId` along live referrals (or is it). */
  async reaches(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
    ancestorId: string,
    descendantId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE down(contact_id) AS (
         SELECT $3::uuid
         UNION
         SELECT r.referred_id
           FROM down
           JOIN referral r ON r.referrer_id = down.contact_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
       )
       SELECT 1 FROM down WHERE contact_id = $4 LIMIT 1`,
      [ownerId, inquiryId, ancestorId, descendantId],
    );
    return rows.length > 0;
  }

  /**
   * Sets every referral participant's wave to its distance from the nearest seed (the minimum over
   * its referrers of their wave + 1). Returns the participants no seed reaches any more (orphans),
   * for the caller to decide about. One statement for the distances, one for the update.
   */
  async recomputeWaves(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
  ): Promise<Array<{ id: string; stage: string }>> {
    await manager.query(
      `WITH RECURSIVE reach(contact_id, depth) AS (
         SELECT p.contact_id, 0
           FROM participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.origin = 'seed' AND p.deleted_at IS NULL
         UNION
         SELECT r.referred_id, reach.depth + 1
           FROM reach
           JOIN referral r ON r.referrer_id = reach.contact_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
       ),
       distance AS (SELECT contact_id, min(depth) AS wave FROM reach GROUP BY contact_id)
       UPDATE participant p
          SET sync_seq = snowball_sync_seq(), wave = distance.wave, version = p.version + 1, updated_at = now()
         FROM distance
        WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = distance.contact_id
          AND p.deleted_at IS NULL AND p.origin = 'referral' AND p.wave <> distance.wave`,
      [ownerId, inquiryId],
    );
    return manager.query(
      `WITH RECURSIVE reach(contact_id) AS (
         SELECT p.contact_id FROM participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.origin = 'seed' AND p.deleted_at IS NULL
         UNION
         SELECT r.referred_id FROM reach
           JOIN referral r ON r.referrer_id = reach.contact_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
       )
       SELECT p.id, p.stage FROM participant p
        WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL AND p.origin = 'referral'
          AND NOT EXISTS (SELECT 1 FROM reach WHERE reach.contact_id = p.contact_id)`,
      [ownerId, inquiryId],
    );
  }

  /**
   * Shortest referral chain from a seed to `contactId`, walking backwards from the contact: at each
   * step the referrer whose wave is one less (waves are kept equal to the distance from the nearest
   * seed), the earliest such referral on ties. One recursive query, as long as the chain. Empty when
   * the contact is not a participant.
   */
  async shortestChain(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
    contactId: string,
  ): Promise<ChainStepDto[]> {
    const rows: ChainRow[] = await manager.query(
      `WITH RECURSIVE back(contact_id, wave, referral_id, reason, step) AS (
         SELECT p.contact_id, p.wave, NULL::uuid, NULL::text, 0
           FROM participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = $3 AND p.deleted_at IS NULL
         UNION ALL
         SELECT prev.referrer_id, prev.wave, prev.id, prev.reason, back.step + 1
           FROM back
           CROSS JOIN LATERAL (
             SELECT r.referrer_id, r.id, r.reason, p.wave
               FROM referral r
               JOIN participant p ON p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = r.referrer_id
                                 AND p.deleted_at IS NULL
              WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.referred_id = back.contact_id
                AND r.deleted_at IS NULL AND p.wave = back.wave - 1
              ORDER BY r.created_at, r.id
              LIMIT 1
           ) prev
          WHERE back.wave > 0
       )
       SELECT back.contact_id, c.name, c.organization, c.title, back.wave, back.referral_id, back.reason, back.step
         FROM back JOIN contact c ON c.id = back.contact_id AND c.owner_id = $1
        ORDER BY back.step DESC`,
      [ownerId, inquiryId, contactId],
    );
    // Each row holds the referral that led *from* it to the row after it; shift so each step
    // carries the referral (and reason) that led *to* it.
    return rows.map((row, index) => ({
      contact: { id: row.contact_id, name: row.name, organization: row.organization, title: row.title },
      wave: row.wave,
      referralId: index === 0 ? null : rows[index - 1].referral_id,
      reason: index === 0 ? null : rows[index - 1].reason,
    }));
  }

  /**
   * Every shortest referral chain from a seed to `contactId`, at most `cap` of them, the first being
   * the one `shortestChain` gives (earliest referral at each step). One recursive query collects the
   * sub-graph of referrals that lie on a shortest chain (a referrer one wave closer to a seed, walking
   * back from the contact: UNION, so each contact is visited once); the chains are then enumerated
   * from it depth-first in (created_at, id) order, stopping at `cap`, so a dense DAG costs at most
   * `cap` chains of the contact's wave in length. Empty when the contact is not a participant.
   */
  async shortestChains(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
    contactId: string,
    cap = MAX_CHAINS,
  ): Promise<ChainStepDto[][]> {
    const rows: ChainEdgeRow[] = await manager.query(
      `WITH RECURSIVE back(contact_id, wave) AS (
         SELECT p.contact_id, p.wave
           FROM participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = $3 AND p.deleted_at IS NULL
         UNION
         SELECT r.referrer_id, p.wave
           FROM back
           JOIN referral r ON r.owner_id = $1 AND r.inquiry_id = $2 AND r.referred_id = back.contact_id
                          AND r.deleted_at IS NULL
           JOIN participant p ON p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = r.referrer_id
                             AND p.deleted_at IS NULL AND p.wave = back.wave - 1
          WHERE back.wave > 0
       )
       SELECT b.contact_id, c.name, c.organization, c.title, b.wave,
              r.id AS referral_id, r.referrer_id, r.reason
         FROM back b
         JOIN contact c ON c.owner_id = $1 AND c.id = b.contact_id
         LEFT JOIN referral r ON r.owner_id = $1 AND r.inquiry_id = $2 AND r.referred_id = b.contact_id
                             AND r.deleted_at IS NULL AND b.wave > 0
                             AND r.referrer_id IN (SELECT contact_id FROM back WHERE wave = b.wave - 1)
        ORDER BY b.wave, r.created_at, r.id`,
      [ownerId, inquiryId, contactId],
    );
    if (rows.length === 0) return [];
    const contacts = new Map<string, ChainEdgeRow>();
    const into = new Map<string, ChainEdgeRow[]>();
    for (const row of rows) {
      contacts.set(row.contact_id, row);
      if (row.referral_id) into.set(row.contact_id, [...(into.get(row.contact_id) ?? []), row]);
    }
    const summary = (id: string) => {
      const c = contacts.get(id) as ChainEdgeRow;
      return { id: c.contact_id, name: c.name, organization: c.organization, title: c.title };
    };
    const chains: ChainStepDto[][] = [];
    // Walk back from the contact; `tail` holds the steps after `id`. Each step carries the referral
    // (and reason) that led to it; the seed's is null.
    const walk = (id: string, tail: ChainStepDto[]): void => {
      const node = contacts.get(id);
      if (!node || chains.length >= cap) return;
      if (node.wave === 0) {
        chains.push([{ contact: summary(id), wave: 0, referralId: null, reason: null }, ...tail]);
        return;
      }
      for (const edge of into.get(id) ?? []) {
        const step = { contact: summary(id), wave: node.wave, referralId: edge.referral_id, reason: edge.reason };
        walk(edge.referrer_id as string, [step, ...tail]);
        if (chains.length >= cap) return;
      }
    };
    walk(contactId, []);
    return chains;
  }
}
