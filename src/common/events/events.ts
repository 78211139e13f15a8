import type { AskOutcome, InteractionKind } from '../../modules/interactions/interaction.entity.js';

/*
 * The domain events modules publish and others handle inside the same transaction (see
 * `domain-events.ts`). Each says what happened, in the publisher's words, with what the handlers need
 * so that none of them has to read the publisher's tables.
 */

/** An interaction as its events describe it. */
export interface InteractionFacts {
  id: string;
  contactId: string;
  inquiryId: string | null;
  kind: InteractionKind;
  outcome: AskOutcome | null;
  occurredAt: Date;
}

/** When the latest live interaction with a contact happened (null: none is left). */
export interface LatestInteraction {
  contactId: string;
  occurredAt: Date | null;
}

/** A contact who joined an inquiry's snowball because of an interaction (origin `direct`, docs/domain.md). */
export interface ParticipantJoined {
  inquiryId: string;
  contactId: string;
  origin: string;
  wave: number;
  stage: string;
}

/**
 * An interaction was logged. Contacts move `lastInteractionAt` forward; snowball advances the
 * participant, or makes the contact one (reached directly) and says so in `joined`, which the
 * publisher reports back to the caller.
 */
export class InteractionLogged {
  readonly joined: ParticipantJoined[] = [];

  constructor(
    readonly ownerId: string,
    readonly interaction: InteractionFacts,
  ) {}
}

/**
 * An interaction was changed. `latest` holds, for its contact before and after, the latest live
 * interaction now (contacts set `lastInteractionAt` to it); snowball advances the participant to what
 * the changed interaction implies (stages never move back).
 */
export class InteractionChanged {
  /** Contacts who joined the inquiry because of the change (see InteractionLogged). */
  readonly joined: ParticipantJoined[] = [];

  constructor(
    readonly ownerId: string,
    readonly before: InteractionFacts,
    readonly after: InteractionFacts,
    readonly latest: LatestInteraction[],
  ) {}
}

/**
 * An interaction was (soft) deleted. Contacts fall back to `latest`; insights and referrals that
 * came from it no longer name it (`interactionId` becomes null). Stages stay.
 */
export class InteractionDeleted {
  constructor(
    readonly ownerId: string,
    readonly interaction: InteractionFacts,
    readonly latest: LatestInteraction[],
  ) {}
}

/** The kinds of row a merge re-points from the merged contact to the survivor (`ContactMerged.moved`). */
export type MergedRowKind =
  'interactions' | 'insights' | 'commitments' | 'opportunities' | 'reflections' | 'participants' | 'referrals';

/** Why a referral of the merged contact was dropped: the code recording it on the survivor would get. */
export type DroppedReferralReason = 'self_referral' | 'referral_duplicate' | 'referral_cycle';

/** A referral of the merged contact the survivor could not take over (soft-deleted; `referrerId`/`referredId` as they were). */
export interface DroppedReferral {
  id: string;
  inquiryId: string;
  referrerId: string;
  referredId: string;
  reason: DroppedReferralReason;
  /** For a duplicate: the survivor's referral that remains (and took the dropped one's reason or conversation if it had none). */
  keptReferralId: string | null;
}

/** One inquiry where both contacts took part: the survivor's participant stays, the merged one's goes. */
export interface CombinedParticipant {
  inquiryId: string;
  participantId: string;
  removedParticipantId: string;
  origin: string;
  wave: number;
  stage: string;
}

/** A participant no seed reaches any more after dropped referrals, settled as deleting a referral does. */
export interface OrphanedParticipant {
  inquiryId: string;
  participantId: string;
  contactId: string;
  /** `removed`: had not been approached (`suggested`) and left the inquiry; `became_seed`: stays, as a seed. */
  outcome: 'removed' | 'became_seed';
}

/**
 * Contact `mergedId` is being merged into `contactId` (docs/domain.md, "Merging contacts"). Every
 * module that keeps rows naming a contact moves the merged contact's live rows to the survivor and
 * says how many in `moved`; the snowball combines participants and re-points referrals (filling
 * `participantsCombined`, `referralsDropped`, `participantsOrphaned`); interactions say in
 * `latestInteraction` when the survivor's latest live interaction now happened. Contacts, the
 * publisher, then write the survivor and retire the merged contact.
 */
export class ContactMerged {
  readonly moved: Partial<Record<MergedRowKind, number>> = {};
  readonly participantsCombined: CombinedParticipant[] = [];
  readonly referralsDropped: DroppedReferral[] = [];
  readonly participantsOrphaned: OrphanedParticipant[] = [];
  /** Set by interactions: the survivor's latest live interaction after the move (null: none). */
  latestInteraction: Date | null | undefined = undefined;

  constructor(
    readonly ownerId: string,
    readonly contactId: string,
    readonly mergedId: string,
  ) {}
}

/** An insight as its events describe it: what the read models that count insights need. */
export interface InsightFacts {
  inquiryId: string;
  contactId: string | null;
  kind: string;
  /** Normalised (unique) themes. */
  themes: string[];
}

/**
 * Insights were recorded, changed or (soft) deleted: `before` lists them as they were (live ones
 * only), `after` as they are now (live ones only). A create has no `before`, a delete no `after`.
 * Analytics moves its per-inquiry counts by the difference (docs/architecture.md, "Read models").
 */
export class InsightsChanged {
  constructor(
    readonly ownerId: string,
    readonly before: InsightFacts[],
    readonly after: InsightFacts[],
  ) {}
}

/**
 * The insights of these inquiries were rewritten in bulk (a contact's erasure, a contact merge that
 * moves insights to another contact): read models recount them from the insight table.
 */
export class InquiryInsightsRewritten {
  constructor(
    readonly ownerId: string,
    readonly inquiryIds: string[],
  ) {}
}

/**
 * These contacts' name, organisation, seniority, inside/outside or liveness may have changed (a
 * contact update or deletion, an import that fills the organisation or the perspective, a merge, a
 * restored export): read models that keep a contact's summary beside their rows (analytics'
 * perspectives, the participants' contact summary) refresh it.
 */
export class ContactProfilesChanged {
  constructor(
    readonly ownerId: string,
    readonly contactIds: string[],
  ) {}
}
