import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { assertOwned, type OwnedRefs } from '../../common/access/owned-refs.js';
import { ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import { Contact } from '../contacts/contact.entity.js';
import { ContactsService } from '../contacts/contacts.service.js';
import type { Inquiry } from '../inquiries/inquiry.entity.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import type { ChainStepDto } from './dto/chain.dto.js';
import type { CreateReferralDto } from './dto/referral.dto.js';
import { Participant, ParticipantOrigin, ParticipantStage } from './participant.entity.js';
import { contactSummary, ParticipantContactsRepository } from './participant-contacts.repository.js';
import { ReferralGraphRepository } from './referral-graph.repository.js';
import { Referral } from './referral.entity.js';
import { advancesSql, stageRank } from './stage-machine.js';
import { SYNC_SEQ, takeChangeNumber } from '../../database/sync-clock.js';

/** What queuing the next people to ask did, person by person (see `queueToAsk`). */
export interface QueueResult {
  /** Contacts who were not in the inquiry and joined it as seeds at `to_ask`. */
  joined: string[];
  /** Participants now at `to_ask`, with the stage they were at. */
  queued: Array<{ contactId: string; previousStage: ParticipantStage }>;
  /** Participants left where they are, and why. */
  notQueued: Array<{ contactId: string; stage: ParticipantStage; reason: string }>;
}

/** Stages from which queuing someone again makes no sense, and what to say instead. */
const NOT_QUEUED: Partial<Record<ParticipantStage, string>> = {
  [ParticipantStage.Asked]: 'already asked; the answer is pending (record it on the ask)',
  [ParticipantStage.Accepted]: 'already said yes; log the meeting instead',
  [ParticipantStage.Met]: 'already met',
  [ParticipantStage.Thanked]: 'already met and thanked',
};

export interface ReferralWithWave {
  referral: Referral;
  wave: number;
}

@Injectable()
export class SnowballService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inquiries: InquiriesService,
    private readonly contacts: ContactsService,
    private readonly graph: ReferralGraphRepository,
    private readonly participantContacts: ParticipantContactsRepository,
  ) {}

  /** Adds a contact as a seed: origin `seed`, wave 0, stage `to_ask`. A contact is in an inquiry at most once (409). */
  addSeed(ownerId: string, inquiryId: string, contactId: string): Promise<Participant> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      await this.inquiries.lock(manager, ownerId, inquiryId);
      const contact = await this.contacts.get(ownerId, contactId, manager);
      const saved = await manager.save(
        manager.create(Participant, {
          ownerId,
          inquiryId,
          contactId,
          origin: ParticipantOrigin.Seed,
          wave: 0,
          stage: ParticipantStage.ToAsk,
          ...contactSummary(contact),
        }),
      );
      saved.contact = contact;
      return saved;
    });
  }

  async listParticipants(
    ownerId: string,
    inquiryId: string,
    page: PageQueryDto,
    filter: { stage?: ParticipantStage; wave?: number },
  ): Promise<Page<Participant>> {
    await this.inquiries.get(ownerId, inquiryId);
    const query = ownedQuery(this.dataSource.manager, Participant, 'participant', ownerId)
      .innerJoinAndMapOne(
        'participant.contact',
        Contact,
        'contact',
        'contact.ownerId = participant.ownerId AND contact.id = participant.contactId',
      )
      .andWhere('participant.inquiryId = :inquiryId', { inquiryId });
    if (filter.stage) query.andWhere('participant.stage = :stage', { stage: filter.stage });
    if (filter.wave !== undefined) query.andWhere('participant.wave = :wave', { wave: filter.wave });
    return paginate(query, 'participant', page);
  }

  /** Sets a participant's stage by hand (any stage: the user knows best). */
  async updateStage(
    ownerId: string,
    inquiryId: string,
    contactId: string,
    stage: ParticipantStage,
    expectedVersion?: number,
  ): Promise<Participant> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const participant = await this.findParticipant(manager, ownerId, inquiryId, contactId);
      const updated = await versionedUpdate(
        manager,
        Participant,
        { id: participant.id, ownerId, expectedVersion, label: 'Participant' },
        { stage },
      );
      updated.contact = participant.contact;
      return updated;
    });
  }

  /**
   * Records "referrer suggested I talk to referred". Under the inquiry's row lock (so two requests
   * can't close a cycle between them): the referrer must be a participant (422), no self-referral
   * (422), no duplicate edge (409), no edge whose referred person is an ancestor of the referrer (409).
   * A referred contact who isn't a participant yet joins at stage `suggested`, origin `referral`.
   */
  createReferral(ownerId: string, inquiryId: string, input: CreateReferralDto): Promise<ReferralWithWave> {
    if ((input.referredId === undefined) === (input.referred === undefined)) {
      throw AppError.validation([{ field: 'referredId', message: 'give exactly one of referredId or referred' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      await this.inquiries.lock(manager, ownerId, inquiryId);
      return this.createReferralWithin(manager, ownerId, inquiryId, input);
    });
  }

  /**
   * `createReferral` inside the caller's transaction, which took the change number and holds the
   * inquiry's lock. With `known`, the caller's one access check already found the referrer and the
   * referred contact; `knownInteraction` is a conversation logged earlier in the same transaction
   * (of this inquiry). Same rules, same errors.
   */
  async createReferralWithin(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
    input: CreateReferralDto,
    known?: { found: OwnedRefs; interaction?: { id: string; inquiryId: string | null } },
  ): Promise<ReferralWithWave> {
    const fresh = known?.interaction && known.interaction.id === input.interactionId ? known.interaction : undefined;
    const refs =
      known?.found ??
      (await assertOwned(manager, ownerId, {
        contacts: [input.referrerId, input.referredId],
        interactions: [input.interactionId],
      }));
    if (known && refs.firstMissing({ contacts: [input.referrerId, input.referredId] })) {
      throw AppError.notFound('Contact');
    }
    // The referrer and (when it is given) the referred contact as participants, in one read; the
    // inquiry's lock keeps them as they are until COMMIT.
    const participants = await this.participantsOf(manager, ownerId, inquiryId, [
      input.referrerId,
      ...(input.referredId ? [input.referredId] : []),
    ]);
    const referrer = participants.find((participant) => participant.contactId === input.referrerId);
    if (!referrer) {
      throw new AppError(ErrorCode.ReferrerNotParticipant, 'The referrer must be a participant of this inquiry.');
    }
    if (input.referredId === input.referrerId) {
      throw new AppError(ErrorCode.SelfReferral, 'A contact cannot refer themselves.');
    }
    if (input.interactionId) {
      const interactionInquiry = (fresh ?? refs.get('interactions', input.interactionId)).inquiryId;
      if (interactionInquiry && interactionInquiry !== inquiryId) {
        throw new AppError(ErrorCode.InteractionOfOtherInquiry, 'interactionId belongs to another inquiry.');
      }
    }
    const created = input.referredId ? null : await this.contacts.createWithin(manager, ownerId, input.referred!);
    const referredId = input.referredId ?? created!.id;
    if (await this.graph.reaches(manager, ownerId, inquiryId, referredId, input.referrerId)) {
      throw new AppError(
        ErrorCode.ReferralCycle,
        'The referred contact is already upstream of the referrer in this inquiry: the referral would create a cycle.',
      );
    }
    const referral = await manager.save(
      manager.create(Referral, {
        ownerId,
        inquiryId,
        referrerId: input.referrerId,
        referredId,
        reason: input.reason?.trim() || null,
        interactionId: input.interactionId ?? null,
      }),
    );
    // (A contact created just now is nobody's participant yet: not among those read.)
    const existing = participants.find((participant) => participant.contactId === referredId);
    if (existing) {
      await this.graph.recomputeWaves(manager, ownerId, inquiryId, {
        referralId: referral.id,
        referrerId: input.referrerId,
        referredId,
      });
      const referred = await this.participantOf(manager, ownerId, inquiryId, referredId);
      return { referral, wave: referred!.wave };
    }
    // A new participant of the next wave: the wave is the one written.
    const wave = referrer.wave + 1;
    await manager.insert(Participant, {
      ownerId,
      inquiryId,
      contactId: referredId,
      origin: ParticipantOrigin.Referral,
      wave,
      stage: ParticipantStage.Suggested,
      ...(created ? contactSummary(created) : {}),
    });
    // An existing contact's summary is read from it (a new one's was in hand).
    if (!created) await this.participantContacts.refresh(manager, ownerId, [referredId]);
    return { referral, wave };
  }

  /** The live participants of the inquiry among these contacts (one query). */
  participantsOf(manager: EntityManager, ownerId: string, inquiryId: string, contactIds: string[]) {
    if (contactIds.length === 0) return Promise.resolve([] as Participant[]);
    return ownedQuery(manager, Participant, 'participant', ownerId)
      .andWhere('participant.inquiryId = :inquiryId AND participant.contactId IN (:...contactIds)', {
        inquiryId,
        contactIds: [...new Set(contactIds)],
      })
      .getMany();
  }

  async listReferrals(ownerId: string, inquiryId: string, page: PageQueryDto): Promise<Page<ReferralWithWave>> {
    await this.inquiries.get(ownerId, inquiryId);
    const query = ownedQuery(this.dataSource.manager, Referral, 'referral', ownerId).andWhere(
      'referral.inquiryId = :inquiryId',
      { inquiryId },
    );
    const referrals = await paginate(query, 'referral', page);
    const waves = await this.wavesOf(
      ownerId,
      inquiryId,
      referrals.data.map((referral) => referral.referredId),
    );
    return {
      data: referrals.data.map((referral) => ({ referral, wave: waves.get(referral.referredId) ?? 0 })),
      nextCursor: referrals.nextCursor,
    };
  }

  /**
   * Removes a referral and recomputes waves (which can only rise). A participant no seed reaches any
   * more is an orphan: if nothing happened with them yet (stage `suggested`) they leave the inquiry;
   * otherwise they stay as a seed (wave 0) — you already reached them directly.
   */
  async deleteReferral(
    ownerId: string,
    inquiryId: string,
    referralId: string,
    expectedVersion?: number,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      await this.inquiries.lock(manager, ownerId, inquiryId);
      const referral = await ownedQuery(manager, Referral, 'referral', ownerId)
        .andWhere('referral.id = :referralId AND referral.inquiryId = :inquiryId', { referralId, inquiryId })
        .getOne();
      if (!referral) throw AppError.notFound('Referral');
      await versionedSoftDelete(manager, Referral, { id: referral.id, ownerId, expectedVersion, label: 'Referral' });
      await this.settleOrphans(manager, ownerId, inquiryId);
    });
  }

  /**
   * Erasure of a contact (docs/data-rights.md), inside the caller's transaction (which took the
   * change number): removes for good every referral from or to the contact and its participations,
   * then settles each inquiry it was in as deleting a referral does (waves recomputed, orphans leave
   * or become seeds). Returns what was removed, for the sync tombstones.
   */
  async eraseContact(
    manager: EntityManager,
    ownerId: string,
    contactId: string,
  ): Promise<{
    referrals: Array<{ id: string; version: number }>;
    participants: Array<{ id: string; version: number }>;
  }> {
    type Gone = { id: string; version: number; inquiry_id: string };
    const [referrals] = await manager.query<[Gone[], number]>(
      `DELETE FROM referral WHERE owner_id = $1 AND (referrer_id = $2 OR referred_id = $2) RETURNING id, version, inquiry_id`,
      [ownerId, contactId],
    );
    const [participants] = await manager.query<[Gone[], number]>(
      `DELETE FROM participant WHERE owner_id = $1 AND contact_id = $2 RETURNING id, version, inquiry_id`,
      [ownerId, contactId],
    );
    const inquiries = [...new Set([...referrals, ...participants].map((row) => row.inquiry_id))].sort();
    // No inquiry lock needed: the change number the caller took serialises every write of the user.
    for (const inquiryId of inquiries) await this.settleOrphans(manager, ownerId, inquiryId);
    const removed = (rows: Gone[]) => rows.map(({ id, version }) => ({ id, version }));
    return { referrals: removed(referrals), participants: removed(participants) };
  }

  /**
   * Recomputes the inquiry's waves until no orphan is left (the rule of `deleteReferral`; a contact
   * merge uses it too). Engaged orphans become seeds first and the waves are walked again, so the
   * people they suggested stay reachable; only the untouched orphans no one reaches then leave.
   */
  async settleOrphans(manager: EntityManager, ownerId: string, inquiryId: string): Promise<void> {
    for (let round = 0; round < 1000; round++) {
      const orphans = await this.graph.recomputeWaves(manager, ownerId, inquiryId);
      if (orphans.length === 0) return;
      const engaged = orphans.filter((orphan) => orphan.stage !== (ParticipantStage.Suggested as string));
      if (engaged.length > 0) {
        await manager.query(
          `UPDATE participant SET sync_seq = snowball_sync_seq(), origin = 'seed', wave = 0, version = version + 1, updated_at = now()
              WHERE owner_id = $1 AND id = ANY($2::uuid[])`,
          [ownerId, engaged.map((orphan) => orphan.id)],
        );
        continue;
      }
      await manager.query(
        `UPDATE participant SET sync_seq = snowball_sync_seq(), deleted_at = now(), version = version + 1, updated_at = now()
            WHERE owner_id = $1 AND id = ANY($2::uuid[])`,
        [ownerId, orphans.map((orphan) => orphan.id)],
      );
    }
  }

  /** Every shortest chain to the participant `contactId` (at most MAX_CHAINS; 404 if not a participant). */
  async getParticipantChains(ownerId: string, inquiryId: string, contactId: string): Promise<ChainStepDto[][]> {
    const found = await this.graph.participantChains(this.dataSource, ownerId, inquiryId, contactId);
    if (!found.inquiry) throw AppError.notFound('Inquiry');
    if (!found.participant) throw AppError.notFound('Participant');
    return found.chains;
  }

  /** Every shortest chain to a contact (at most MAX_CHAINS), or [] when they are not a participant. */
  getChains(ownerId: string, inquiryId: string, contactId: string): Promise<ChainStepDto[][]> {
    return this.graph.shortestChains(this.dataSource.manager, ownerId, inquiryId, contactId);
  }

  /**
   * Logging an interaction moves the contact's participant forward to `implied` (never backwards).
   * A contact who is not a participant of the inquiry yet joins it **directly**: origin `direct`,
   * wave 0, at the implied stage (you reached them without the snowball); the new participant is
   * returned so the caller can say so. Otherwise returns null.
   */
  async advanceStage(
    manager: EntityManager,
    ownerId: string,
    inquiryId: string,
    contactId: string,
    implied: ParticipantStage,
  ): Promise<Participant | null> {
    // One statement on the hot path (POST /v1/interactions): move the participant forward if the
    // implied stage does (the condition is re-checked on the row it locks, so never backwards), and
    // say whether there is a participant at all (the subquery sees the row as the statement began).
    const [state] = await manager.query<Array<{ found: boolean }>>(
      `WITH moved AS (
         UPDATE participant SET stage = $4, version = version + 1, updated_at = now(), sync_seq = ${SYNC_SEQ}
          WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = $3 AND deleted_at IS NULL
            AND ${advancesSql('stage', '$4', '$5')}
         RETURNING id)
       SELECT EXISTS (SELECT 1 FROM participant
                       WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = $3 AND deleted_at IS NULL) AS found`,
      [ownerId, inquiryId, contactId, implied, stageRank(implied)],
    );
    if (!state.found) {
      // Not into a deleted inquiry; the contact's summary comes along for the participant's copy.
      // (Two statements, not INSERT … SELECT: Citus runs that on the worker, where the row's sync
      // number default can't be read.)
      const [contact] = await manager.query<
        Array<{
          name: string;
          organization: string | null;
          seniority: string | null;
          same_organization: boolean | null;
          live: boolean;
        }>
      >(
        `SELECT c.name, c.organization, c.seniority, c.same_organization, c.deleted_at IS NULL AS live
           FROM inquiry i JOIN contact c ON c.owner_id = $1 AND c.id = $3
          WHERE i.owner_id = $1 AND i.id = $2 AND i.deleted_at IS NULL`,
        [ownerId, inquiryId, contactId],
      );
      if (!contact) return null;
      // ON CONFLICT: a concurrent request added them meanwhile; then advance theirs instead.
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO participant (owner_id, inquiry_id, contact_id, origin, wave, stage, contact_name,
                                  contact_organization, contact_seniority, contact_same_organization, contact_live)
         VALUES ($1, $2, $3, 'direct', 0, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (owner_id, inquiry_id, contact_id) WHERE deleted_at IS NULL DO NOTHING
         RETURNING id`,
        [
          ownerId,
          inquiryId,
          contactId,
          implied,
          contact.name,
          contact.organization,
          contact.seniority,
          contact.same_organization,
          contact.live,
        ],
      );
      if (rows.length === 0) return null;
      return manager.create(Participant, {
        id: rows[0].id,
        ownerId,
        inquiryId,
        contactId,
        origin: ParticipantOrigin.Direct,
        wave: 0,
        stage: implied,
      });
    }
    return null;
  }

  /**
   * Reflections queue the next people to ask. Queuing is the user's decision to ask again:
   * - a contact not in the inquiry joins as a seed at `to_ask` (`joined`);
   * - a participant not asked yet (`suggested`), or whose ask ended without a yes (`declined`,
   *   `no_response`), moves to `to_ask` (`queued`, with the stage they left; their interactions stay
   *   as history); one already at `to_ask` is listed as queued too;
   * - a participant with an ask still pending (`asked`), who said yes (`accepted`) or whom you met
   *   (`met`, `thanked`) is not moved: asking again makes no sense there (`notQueued`, with the reason).
   */
  async queueToAsk(manager: EntityManager, inquiry: Inquiry, contactIds: string[]): Promise<QueueResult> {
    const ids = [...new Set(contactIds)];
    const result: QueueResult = { joined: [], queued: [], notQueued: [] };
    if (ids.length === 0) return result;
    const existing = await ownedQuery(manager, Participant, 'participant', inquiry.ownerId)
      .andWhere('participant.inquiryId = :inquiryId AND participant.contactId IN (:...ids)', {
        inquiryId: inquiry.id,
        ids,
      })
      .setLock('pessimistic_write')
      .getMany();
    const byContact = new Map(existing.map((participant) => [participant.contactId, participant]));
    const moving: Participant[] = [];
    for (const contactId of ids) {
      const participant = byContact.get(contactId);
      if (!participant) {
        result.joined.push(contactId);
        continue;
      }
      const reason = NOT_QUEUED[participant.stage];
      if (reason) {
        result.notQueued.push({ contactId, stage: participant.stage, reason });
        continue;
      }
      result.queued.push({ contactId, previousStage: participant.stage });
      if (participant.stage !== ParticipantStage.ToAsk) moving.push(participant);
    }
    if (result.joined.length > 0) {
      await manager.insert(
        Participant,
        result.joined.map((contactId) => ({
          ownerId: inquiry.ownerId,
          inquiryId: inquiry.id,
          contactId,
          origin: ParticipantOrigin.Seed,
          wave: 0,
          stage: ParticipantStage.ToAsk,
        })),
      );
      await this.participantContacts.refresh(manager, inquiry.ownerId, result.joined);
    }
    if (moving.length > 0) {
      await manager.query(
        `UPDATE participant SET sync_seq = snowball_sync_seq(), stage = 'to_ask', version = version + 1, updated_at = now()
          WHERE owner_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`,
        [inquiry.ownerId, moving.map((participant) => participant.id)],
      );
    }
    return result;
  }

  /** An interaction was deleted: referrals that came up in it no longer name it (what ON DELETE SET NULL did). */
  async forgetInteraction(manager: EntityManager, ownerId: string, interactionId: string): Promise<void> {
    await manager.query(
      `UPDATE referral SET sync_seq = snowball_sync_seq(), interaction_id = NULL, version = version + 1, updated_at = now()
        WHERE owner_id = $1 AND interaction_id = $2`,
      [ownerId, interactionId],
    );
  }

  private participantOf(manager: EntityManager, ownerId: string, inquiryId: string, contactId: string) {
    return ownedQuery(manager, Participant, 'participant', ownerId)
      .andWhere('participant.inquiryId = :inquiryId AND participant.contactId = :contactId', { inquiryId, contactId })
      .getOne();
  }

  private async findParticipant(manager: EntityManager, ownerId: string, inquiryId: string, contactId: string) {
    const participant = await ownedQuery(manager, Participant, 'participant', ownerId)
      .innerJoinAndMapOne(
        'participant.contact',
        Contact,
        'contact',
        'contact.ownerId = participant.ownerId AND contact.id = participant.contactId',
      )
      .andWhere('participant.inquiryId = :inquiryId AND participant.contactId = :contactId', { inquiryId, contactId })
      .getOne();
    if (!participant) throw AppError.notFound('Participant');
    return participant;
  }

  private async wavesOf(ownerId: string, inquiryId: string, contactIds: string[]): Promise<Map<string, number>> {
    if (contactIds.length === 0) return new Map();
    const rows: Array<{ contact_id: string; wave: number }> = await this.dataSource.query(
      `SELECT contact_id, wave FROM participant
        WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = ANY($3::uuid[]) AND deleted_at IS NULL`,
      [ownerId, inquiryId, contactIds],
    );
    return new Map(rows.map((row) => [row.contact_id, row.wave]));
  }
}
