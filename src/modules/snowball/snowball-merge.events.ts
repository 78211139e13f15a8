import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../../common/events/domain-events.js';
import { type CombinedParticipant, ContactMerged, type DroppedReferralReason } from '../../common/events/events.js';
import { ParticipantStage } from './participant.entity.js';
import { ReferralGraphRepository } from './referral-graph.repository.js';
import { SnowballService } from './snowball.service.js';
import { stageRank } from './stage-machine.js';

interface EdgeRow {
  id: string;
  inquiry_id: string;
  referrer_id: string;
  referred_id: string;
  reason: string | null;
  interaction_id: string | null;
  /** The survivor's own referral this one would duplicate. */
  twin_id: string | null;
  dropped: DroppedReferralReason | null;
}

interface PairRow {
  inquiry_id: string;
  kept_id: string;
  kept_origin: string;
  kept_wave: number;
  kept_stage: ParticipantStage;
  removed_id: string;
  removed_origin: string;
  removed_wave: number;
  removed_stage: ParticipantStage;
}

/**
 * The merged contact's referrals ($3), each with why the survivor ($2) can't take it over, or null.
 * In this order: an edge between the two becomes a self-referral; an edge the survivor already has
 * (same other person, same direction: `twin_id`) a duplicate; an edge into the merged contact from someone the
 * survivor already reaches, or out of it to someone who already reaches the survivor, would close a
 * cycle. The survivor's own edges always stay. (Those are the only cycles a merge can make: every
 * new cycle runs through the merged person, and the graph without the merged contact was a DAG.)
 * `down`/`up` walk from the survivor, never through the merged contact, only in the inquiries where
 * the merged contact has an edge of that direction.
 */
const CLASSIFY_REFERRALS = `
WITH RECURSIVE
edges AS (
  SELECT r.id, r.inquiry_id, r.referrer_id, r.referred_id, r.reason, r.interaction_id, r.created_at
    FROM referral r
   WHERE r.owner_id = $1 AND r.deleted_at IS NULL AND (r.referrer_id = $3::uuid OR r.referred_id = $3::uuid)
),
down(inquiry_id, contact_id) AS (
  SELECT r.inquiry_id, r.referred_id
    FROM referral r
   WHERE r.owner_id = $1 AND r.referrer_id = $2::uuid AND r.referred_id <> $3::uuid AND r.deleted_at IS NULL
     AND r.inquiry_id IN (SELECT inquiry_id FROM edges WHERE referred_id = $3::uuid)
  UNION
  SELECT r.inquiry_id, r.referred_id
    FROM down
    JOIN referral r ON r.owner_id = $1 AND r.inquiry_id = down.inquiry_id AND r.referrer_id = down.contact_id
   WHERE r.deleted_at IS NULL AND r.referred_id <> $3::uuid
),
up(inquiry_id, contact_id) AS (
  SELECT r.inquiry_id, r.referrer_id
    FROM referral r
   WHERE r.owner_id = $1 AND r.referred_id = $2::uuid AND r.referrer_id <> $3::uuid AND r.deleted_at IS NULL
     AND r.inquiry_id IN (SELECT inquiry_id FROM edges WHERE referrer_id = $3::uuid)
  UNION
  SELECT r.inquiry_id, r.referrer_id
    FROM up
    JOIN referral r ON r.owner_id = $1 AND r.inquiry_id = up.inquiry_id AND r.referred_id = up.contact_id
   WHERE r.deleted_at IS NULL AND r.referrer_id <> $3::uuid
)
SELECT e.id, e.inquiry_id, e.referrer_id, e.referred_id, e.reason, e.interaction_id,
       twin.id AS twin_id,
       CASE
         WHEN e.referrer_id = $2::uuid OR e.referred_id = $2::uuid THEN 'self_referral'
         WHEN twin.id IS NOT NULL THEN 'referral_duplicate'
         WHEN e.referred_id = $3::uuid
              AND EXISTS (SELECT 1 FROM down d WHERE d.inquiry_id = e.inquiry_id AND d.contact_id = e.referrer_id)
           THEN 'referral_cycle'
         WHEN e.referrer_id = $3::uuid
              AND EXISTS (SELECT 1 FROM up u WHERE u.inquiry_id = e.inquiry_id AND u.contact_id = e.referred_id)
           THEN 'referral_cycle'
       END AS dropped
  FROM edges e
  LEFT JOIN LATERAL (
    SELECT s.id FROM referral s
     WHERE s.owner_id = $1 AND s.inquiry_id = e.inquiry_id AND s.deleted_at IS NULL
       AND s.referrer_id = (CASE WHEN e.referrer_id = $3::uuid THEN $2::uuid ELSE e.referrer_id END)
       AND s.referred_id = (CASE WHEN e.referred_id = $3::uuid THEN $2::uuid ELSE e.referred_id END)
  ) twin ON true
 ORDER BY e.created_at, e.id`;

/**
 * The snowball's part of merging two contacts (docs/domain.md, "Merging contacts"), inside the
 * merge's transaction (which took the change number, so no other write of the user runs meanwhile):
 * referrals of the merged contact are re-pointed to the survivor, or dropped (soft-deleted) and
 * reported when they would become a self-referral, a duplicate or a cycle; in an inquiry both took
 * part in, the survivor's participant stays with the lower wave (and that one's origin) and the more
 * advanced stage, and the merged one's is removed; elsewhere the merged contact's participant
 * becomes the survivor's. Then the waves of every inquiry whose graph changed are recomputed, and
 * orphans settled as deleting a referral does. Set-based: a few statements per merge, plus one
 * recomputation per inquiry where the two met or the merged contact had referrals.
 */
@Injectable()
export class SnowballMergeHandler implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly snowball: SnowballService,
    private readonly graph: ReferralGraphRepository,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(ContactMerged, (event, manager) => this.merge(manager, event));
  }

  private async merge(manager: EntityManager, event: ContactMerged): Promise<void> {
    const { ownerId, contactId, mergedId } = event;
    const pair = [ownerId, contactId, mergedId];

    // Referrals: drop what the survivor can't take over, re-point the rest in one statement.
    const edges = await manager.query<EdgeRow[]>(CLASSIFY_REFERRALS, pair);
    const dropped = edges.filter((edge) => edge.dropped !== null);
    if (dropped.length > 0) {
      await manager.query(
        `UPDATE referral SET sync_seq = snowball_sync_seq(), deleted_at = now(), version = version + 1, updated_at = now()
          WHERE owner_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
        [ownerId, dropped.map((edge) => edge.id)],
      );
    }
    // The survivor's referral wins over its duplicate, and takes the reason and conversation it lacks.
    for (const edge of dropped) {
      if (edge.dropped !== 'referral_duplicate' || (edge.reason === null && edge.interaction_id === null)) continue;
      await manager.query(
        `UPDATE referral SET sync_seq = snowball_sync_seq(), version = version + 1, updated_at = now(),
                reason = COALESCE(reason, $3), interaction_id = COALESCE(interaction_id, $4::uuid)
          WHERE owner_id = $1 AND id = $2 AND (reason IS NULL OR interaction_id IS NULL)`,
        [ownerId, edge.twin_id, edge.reason, edge.interaction_id],
      );
    }
    const [, repointed] = await manager.query<[unknown, number]>(
      `UPDATE referral SET sync_seq = snowball_sync_seq(), version = version + 1, updated_at = now(),
              referrer_id = CASE WHEN referrer_id = $3::uuid THEN $2::uuid ELSE referrer_id END,
              referred_id = CASE WHEN referred_id = $3::uuid THEN $2::uuid ELSE referred_id END
        WHERE owner_id = $1 AND deleted_at IS NULL AND (referrer_id = $3::uuid OR referred_id = $3::uuid)`,
      pair,
    );
    event.moved.referrals = repointed;
    for (const edge of dropped) {
      event.referralsDropped.push({
        id: edge.id,
        inquiryId: edge.inquiry_id,
        referrerId: edge.referrer_id,
        referredId: edge.referred_id,
        reason: edge.dropped!,
        keptReferralId: edge.dropped === 'referral_duplicate' ? edge.twin_id : null,
      });
    }

    // Participants: combine where both take part, move the merged contact's others.
    const pairs = await manager.query<PairRow[]>(
      `SELECT s.inquiry_id, s.id AS kept_id, s.origin AS kept_origin, s.wave AS kept_wave, s.stage AS kept_stage,
              o.id AS removed_id, o.origin AS removed_origin, o.wave AS removed_wave, o.stage AS removed_stage
         FROM participant s
         JOIN participant o ON o.owner_id = $1 AND o.inquiry_id = s.inquiry_id AND o.contact_id = $3::uuid
                           AND o.deleted_at IS NULL
        WHERE s.owner_id = $1 AND s.contact_id = $2::uuid AND s.deleted_at IS NULL
        ORDER BY s.inquiry_id`,
      pair,
    );
    const combined: CombinedParticipant[] = [];
    for (const row of pairs) {
      // The lower wave, and the origin that goes with it (a seed stays a seed); ties keep the survivor's.
      const lower = row.removed_wave < row.kept_wave;
      const stage = stageRank(row.removed_stage) > stageRank(row.kept_stage) ? row.removed_stage : row.kept_stage;
      const next = {
        origin: lower ? row.removed_origin : row.kept_origin,
        wave: lower ? row.removed_wave : row.kept_wave,
        stage,
      };
      if (next.origin !== row.kept_origin || next.wave !== row.kept_wave || next.stage !== row.kept_stage) {
        await manager.query(
          `UPDATE participant SET sync_seq = snowball_sync_seq(), origin = $3, wave = $4, stage = $5,
                  version = version + 1, updated_at = now()
            WHERE owner_id = $1 AND id = $2`,
          [ownerId, row.kept_id, next.origin, next.wave, next.stage],
        );
      }
      combined.push({
        inquiryId: row.inquiry_id,
        participantId: row.kept_id,
        removedParticipantId: row.removed_id,
        ...next,
      });
    }
    if (pairs.length > 0) {
      await manager.query(
        `UPDATE participant SET sync_seq = snowball_sync_seq(), deleted_at = now(), version = version + 1, updated_at = now()
          WHERE owner_id = $1 AND id = ANY($2::uuid[])`,
        [ownerId, pairs.map((row) => row.removed_id)],
      );
    }
    const [, moved] = await manager.query<[unknown, number]>(
      `UPDATE participant SET sync_seq = snowball_sync_seq(), contact_id = $2::uuid, version = version + 1, updated_at = now()
        WHERE owner_id = $1 AND contact_id = $3::uuid AND deleted_at IS NULL`,
      pair,
    );
    event.moved.participants = moved;

    // Waves where the graph changed; a participant only reached through a dropped edge is an orphan.
    const inquiries = [...new Set([...edges, ...pairs].map((row) => row.inquiry_id))].sort();
    for (const inquiryId of inquiries) {
      const orphans = await this.graph.recomputeWaves(manager, ownerId, inquiryId);
      if (orphans.length === 0) continue;
      const contacts = await manager.query<Array<{ id: string; contact_id: string }>>(
        `SELECT id, contact_id FROM participant WHERE owner_id = $1 AND id = ANY($2::uuid[])`,
        [ownerId, orphans.map((orphan) => orphan.id)],
      );
      const contactOf = new Map(contacts.map((row) => [row.id, row.contact_id]));
      for (const orphan of orphans) {
        event.participantsOrphaned.push({
          inquiryId,
          participantId: orphan.id,
          contactId: contactOf.get(orphan.id)!,
          outcome: orphan.stage === (ParticipantStage.Suggested as string) ? 'removed' : 'became_seed',
        });
      }
      await this.snowball.settleOrphans(manager, ownerId, inquiryId);
    }

    // The combined participants as they now are (waves recomputed, an orphan turned seed).
    if (combined.length > 0) {
      const now = await manager.query<Array<{ id: string; origin: string; wave: number; stage: string }>>(
        `SELECT id, origin, wave, stage FROM participant WHERE owner_id = $1 AND id = ANY($2::uuid[])`,
        [ownerId, combined.map((row) => row.participantId)],
      );
      const byId = new Map(now.map((row) => [row.id, row]));
      for (const row of combined) {
        const current = byId.get(row.participantId);
        event.participantsCombined.push(
          current ? { ...row, origin: current.origin, wave: current.wave, stage: current.stage } : row,
        );
      }
    }
  }
}
