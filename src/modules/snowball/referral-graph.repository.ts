import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../../database/prepared.js';
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
   * Sets every referral participant's wave to its distance from the nearest root — a seed or someone
   * reached directly, both at wave 0 (the minimum over its referrers of their wave + 1) — and returns
   * the participants no root reaches any more (orphans), for the caller to decide about.
   *
   * Without `added`: the whole inquiry, one statement (one walk from the seeds; the update and the
   * orphans come from the same distances). With `added`, the caller says that the only change since
   * the waves were last right is that live referral (between two live participants): the cost then
   * follows what it changes (`lowerAfterReferral`), with exactly the result of the whole walk, and
   * the answer is [] (a referral added orphans nobody; settling orphans calls this without `added`).
   */
  async recomputeWaves(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
    added?: { referralId: string; referrerId: string; referredId: string },
  ): Promise<Array<{ id: string; stage: string }>> {
    if (added && (await this.lowerAfterReferral(manager, ownerId, inquiryId, added))) return [];
    return manager.query(
      `WITH RECURSIVE reach(contact_id, depth) AS (
         SELECT p.contact_id, 0
           FROM participant p
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.origin IN ('seed', 'direct') AND p.deleted_at IS NULL
         UNION
         SELECT r.referred_id, reach.depth + 1
           FROM reach
           JOIN referral r ON r.referrer_id = reach.contact_id
          WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.deleted_at IS NULL
       ),
       distance AS (SELECT contact_id, min(depth) AS wave FROM reach GROUP BY contact_id),
       moved AS (
         UPDATE participant p
            SET sync_seq = snowball_sync_seq(), wave = distance.wave, version = p.version + 1, updated_at = now()
           FROM distance
          WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = distance.contact_id
            AND p.deleted_at IS NULL AND p.origin = 'referral' AND p.wave <> distance.wave
         RETURNING p.id
       )
       SELECT p.id, p.stage FROM participant p
        WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.deleted_at IS NULL AND p.origin = 'referral'
          AND NOT EXISTS (SELECT 1 FROM distance WHERE distance.contact_id = p.contact_id)`,
      [ownerId, inquiryId],
    );
  }

  /**
   * The waves after one referral was added (referrer r → referred x), computed from what it can
   * change: only x and the people downstream of x can come closer to a seed, each to at most
   * (r's wave + 1 + its distance from x). One recursive statement walks down from x while that beats
   * the stored wave (visiting each (contact, wave) once) and lists the people it lowers; where the
   * walk stops at someone whose stored wave is already as low, that wave must be their true distance
   * from a seed, which it is when a chain of referrals (not the new one) leads to them from a seed
   * with the stored wave one less at every step: that chain is checked for each such person (and for
   * r), one referrer per step, as `shortestChain` walks. Then one UPDATE for the lowered rows.
   *
   * Seeds and people reached directly are the roots (wave 0, never lowered): the walk stops at them.
   * Returns false, having changed nothing, whenever that reasoning does not hold and the whole walk
   * must decide: the walk meets a contact who is no (live) participant, or a chain can't be checked
   * (e.g. it runs through such a contact, or through someone no root reaches). Each of those is rare;
   * the common case (a root or a referred person refers someone further down) never needs the whole walk.
   */
  private async lowerAfterReferral(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
    added: { referralId: string; referrerId: string; referredId: string },
  ): Promise<boolean> {
    const rows: Array<{ kind: 'lower' | 'unsure'; contact_id: string | null; wave: number | null }> =
      await manager.query(
        `WITH RECURSIVE
         referrer AS (
           SELECT p.origin::text AS origin, p.wave FROM participant p
            WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = $4 AND p.deleted_at IS NULL
         ),
         down(contact_id, wave) AS (
           SELECT $5::uuid, referrer.wave + 1 FROM referrer
           UNION
           SELECT r.referred_id, down.wave + 1
             FROM down
             JOIN participant p ON p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = down.contact_id
                               AND p.deleted_at IS NULL AND p.origin = 'referral' AND p.wave > down.wave
             JOIN referral r ON r.owner_id = $1 AND r.inquiry_id = $2 AND r.referrer_id = down.contact_id
                            AND r.deleted_at IS NULL
         ),
         best AS (
           SELECT d.contact_id, min(d.wave) AS wave, p.origin::text AS origin, p.wave AS stored
             FROM down d
             LEFT JOIN participant p ON p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = d.contact_id
                                    AND p.deleted_at IS NULL
            GROUP BY d.contact_id, p.origin, p.wave
         ),
         -- Who must already be at their true wave: the referrer, and where the walk stopped.
         settled AS (
           SELECT $4::uuid AS contact_id, referrer.wave FROM referrer WHERE referrer.origin = 'referral'
           UNION
           SELECT b.contact_id, b.stored FROM best b WHERE b.origin = 'referral' AND b.stored <= b.wave
         ),
         chain(start, contact_id, wave) AS (
           SELECT s.contact_id, s.contact_id, s.wave FROM settled s
           UNION ALL
           SELECT chain.start, prev.referrer_id, prev.wave
             FROM chain
             CROSS JOIN LATERAL (
               SELECT r.referrer_id, p.wave
                 FROM referral r
                 JOIN participant p ON p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = r.referrer_id
                                   AND p.deleted_at IS NULL AND p.wave = chain.wave - 1
                                   AND (p.origin IN ('seed', 'direct') OR (p.origin = 'referral' AND p.wave > 0))
                WHERE r.owner_id = $1 AND r.inquiry_id = $2 AND r.referred_id = chain.contact_id
                  AND r.deleted_at IS NULL AND r.id <> $3
                ORDER BY p.wave = 0 DESC, r.created_at, r.id
                LIMIT 1
             ) prev
            WHERE chain.wave > 0
         )
         SELECT 'unsure' AS kind, NULL::uuid AS contact_id, NULL::int AS wave
          WHERE NOT EXISTS (SELECT 1 FROM referrer)
             OR EXISTS (SELECT 1 FROM best WHERE best.origin IS NULL)
             OR EXISTS (SELECT 1 FROM settled s
                         WHERE NOT EXISTS (SELECT 1 FROM chain c
                                            WHERE c.start = s.contact_id AND c.contact_id <> s.contact_id AND c.wave = 0))
         UNION ALL
         SELECT 'lower', b.contact_id, b.wave FROM best b WHERE b.origin = 'referral' AND b.wave < b.stored`,
        [ownerId, inquiryId, added.referralId, added.referrerId, added.referredId],
      );
    if (rows.some((row) => row.kind === 'unsure')) return false;
    if (rows.length === 0) return true;
    await manager.query(
      `UPDATE participant p
          SET sync_seq = snowball_sync_seq(), wave = lowered.wave, version = p.version + 1, updated_at = now()
         FROM unnest($3::uuid[], $4::int[]) AS lowered(contact_id, wave)
        WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = lowered.contact_id
          AND p.deleted_at IS NULL AND p.origin = 'referral' AND p.wave <> lowered.wave`,
      [ownerId, inquiryId, rows.map((row) => row.contact_id), rows.map((row) => row.wave)],
    );
    return true;
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
      `WITH RECURSIVE ${CHAIN_BACK}
       SELECT ${CHAIN_COLUMNS} ${CHAIN_EDGES}
        ORDER BY b.wave, r.created_at, r.id`,
      [ownerId, inquiryId, contactId],
    );
    return enumerateChains(rows, contactId, cap);
  }

  /**
   * `GET …/participants/:contactId/chain` in one prepared statement (one round trip, its plan kept):
   * whether the inquiry is live, whether the contact is a live participant of it (with a live
   * contact: the summary the participant keeps), and the chains' edges as `shortestChains` reads them.
   */
  async participantChains(
    dataSource: DataSource,
    ownerId: string,
    inquiryId: string,
    contactId: string,
    cap = MAX_CHAINS,
  ): Promise<{ inquiry: boolean; participant: boolean; chains: ChainStepDto[][] }> {
    const rows = await preparedQuery<ChainEdgeRow & { inquiry_found: boolean; participant_found: boolean }>(
      dataSource,
      'chain',
      `WITH RECURSIVE found AS (
         SELECT EXISTS (SELECT 1 FROM inquiry WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL) AS inquiry,
                EXISTS (SELECT 1 FROM participant p
                         WHERE p.owner_id = $1 AND p.inquiry_id = $2 AND p.contact_id = $3
                           AND p.deleted_at IS NULL AND p.contact_live) AS participant
       ), ${CHAIN_BACK}
       SELECT f.inquiry AS inquiry_found, f.participant AS participant_found, e.*
         FROM found f
         LEFT JOIN LATERAL (SELECT ${CHAIN_COLUMNS}, r.created_at AS referral_created_at ${CHAIN_EDGES}) e ON f.inquiry AND f.participant
        ORDER BY e.wave, e.referral_created_at, e.referral_id`,
      [ownerId, inquiryId, contactId],
    );
    const [first] = rows;
    if (!first?.inquiry_found || !first.participant_found) {
      return { inquiry: first?.inquiry_found ?? false, participant: false, chains: [] };
    }
    return { inquiry: true, participant: true, chains: enumerateChains(first.contact_id ? rows : [], contactId, cap) };
  }
}

/**
 * The sub-graph of referrals on a shortest chain to `$3` in inquiry `$2` of owner `$1`: every contact
 * one wave closer to a seed, walking back (`back(contact_id, wave)`; UNION, so each is visited once).
 */
const CHAIN_BACK = `back(contact_id, wave) AS (
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
       )`;

const CHAIN_COLUMNS = `b.contact_id, c.name, c.organization, c.title, b.wave, r.id AS referral_id, r.referrer_id, r.reason`;

/** Each contact of `back` (`b`) with its summary (`c`) and the referrals into it from the wave before (`r`). */
const CHAIN_EDGES = `FROM back b
         JOIN contact c ON c.owner_id = $1 AND c.id = b.contact_id
         LEFT JOIN referral r ON r.owner_id = $1 AND r.inquiry_id = $2 AND r.referred_id = b.contact_id
                             AND r.deleted_at IS NULL AND b.wave > 0
                             AND r.referrer_id IN (SELECT contact_id FROM back WHERE wave = b.wave - 1)`;

/**
 * The chains to `contactId` from its sub-graph's edges (ordered by wave, then referral created_at and
 * id), depth-first, at most `cap`; each step carries the referral (and reason) that led to it, the
 * seed's null.
 */
function enumerateChains(rows: ChainEdgeRow[], contactId: string, cap: number): ChainStepDto[][] {
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
  // Walk back from the contact; `tail` holds the steps after `id`.
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
