import { ApiProperty } from '@nestjs/swagger';
import { ValidateUUID } from '../../../common/validation.js';
import { ParticipantOrigin, ParticipantStage } from '../../snowball/participant.entity.js';
import { ContactDto } from './contact.dto.js';

export class MergeContactDto {
  /** The duplicate to merge into this contact. It is deleted by the merge (sync reports a delete). */
  @ValidateUUID({ description: 'The duplicate to merge into this contact; it is deleted by the merge.' })
  otherId: string;
}

/** Why a referral of the merged contact was dropped: the error recording it on the survivor would have given. */
export enum DroppedReferralReason {
  /** It ran between the two contacts, who are now one person. */
  SelfReferral = 'self_referral',
  /** The survivor already has the same referral (same other person, same direction, same inquiry). */
  Duplicate = 'referral_duplicate',
  /** It would close a cycle: the other person is already downstream (or upstream) of the survivor. */
  Cycle = 'referral_cycle',
}

export enum OrphanOutcome {
  /** Not approached yet (`suggested`): left the inquiry. */
  Removed = 'removed',
  /** Already approached: stays in the inquiry, as a seed (wave 0). */
  BecameSeed = 'became_seed',
}

/** How many rows of each kind now belong to the surviving contact instead of the merged one. */
export class MergeMovedDto {
  /** Email addresses the survivor did not have (by normalised value). */
  @ApiProperty({ type: 'integer', example: 1 }) emails: number;
  /** Phone numbers the survivor did not have (by E.164 number when readable). */
  @ApiProperty({ type: 'integer', example: 0 }) phones: number;
  /** Web addresses the survivor did not have (LinkedIn profiles by their slug). */
  @ApiProperty({ type: 'integer', example: 1 }) urls: number;
  /** Tags the survivor did not have. */
  @ApiProperty({ type: 'integer', example: 2 }) tags: number;
  @ApiProperty({ type: 'integer', example: 3 }) interactions: number;
  @ApiProperty({ type: 'integer', example: 2 }) insights: number;
  @ApiProperty({ type: 'integer', example: 1 }) commitments: number;
  @ApiProperty({ type: 'integer', example: 0 }) opportunities: number;
  /** Participations in inquiries the survivor was not in (combined ones are in `participantsCombined`). */
  @ApiProperty({ type: 'integer', example: 1 }) participants: number;
  /** Referrals from or to the merged contact now from or to the survivor (dropped ones are in `referralsDropped`). */
  @ApiProperty({ type: 'integer', example: 2 }) referrals: number;
  /** Reflections whose `nextContactIds` named the merged contact. */
  @ApiProperty({ type: 'integer', example: 0 }) reflections: number;
}

/** An inquiry both contacts took part in: one participant remains. */
export class CombinedParticipantDto {
  @ApiProperty({ format: 'uuid' }) inquiryId: string;
  /** The survivor's participant, which remains. */
  @ApiProperty({ format: 'uuid' }) participantId: string;
  /** The merged contact's participant, now deleted. */
  @ApiProperty({ format: 'uuid' }) removedParticipantId: string;
  /** The origin of the participant with the lower wave (the survivor's on a tie). */
  @ApiProperty({ enum: ParticipantOrigin, enumName: 'ParticipantOrigin' }) origin: ParticipantOrigin;
  /** The lower of the two waves (after recomputation). */
  @ApiProperty({ type: 'integer', example: 1 }) wave: number;
  /** The more advanced of the two stages (the survivor's on a tie). */
  @ApiProperty({ enum: ParticipantStage, enumName: 'ParticipantStage' }) stage: ParticipantStage;
}

/** A referral of the merged contact that was dropped (deleted), as it was before the merge. */
export class DroppedReferralDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) inquiryId: string;
  @ApiProperty({ format: 'uuid' }) referrerId: string;
  @ApiProperty({ format: 'uuid' }) referredId: string;
  @ApiProperty({ enum: DroppedReferralReason, enumName: 'DroppedReferralReason', example: 'referral_cycle' })
  reason: DroppedReferralReason;
  /**
   * For a duplicate, the survivor's referral that remains; it took the dropped one's `reason` and
   * `interactionId` where it had none. Null otherwise.
   */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  keptReferralId: string | null;
}

/** A participant no seed reached any more once a referral was dropped, settled as deleting a referral does. */
export class OrphanedParticipantDto {
  @ApiProperty({ format: 'uuid' }) inquiryId: string;
  @ApiProperty({ format: 'uuid' }) participantId: string;
  @ApiProperty({ format: 'uuid' }) contactId: string;
  @ApiProperty({ enum: OrphanOutcome, enumName: 'OrphanOutcome' }) outcome: OrphanOutcome;
}

/** The surviving contact after a merge, and what the merge did. */
export class ContactMergeDto {
  /** The surviving contact, as `GET /v1/contacts/:id` now returns it (its new version is the ETag). */
  contact: ContactDto;

  /** The contact merged into it, now deleted. */
  @ApiProperty({ format: 'uuid' }) mergedId: string;

  /** Fields the survivor had empty and took from the merged contact. */
  @ApiProperty({ type: String, isArray: true, example: ['title', 'seniority'] })
  fieldsFilled: string[];

  /** Fields both had with different values: the survivor's was kept, the merged contact's is gone. */
  @ApiProperty({ type: String, isArray: true, example: ['organization'] })
  fieldsKept: string[];

  moved: MergeMovedDto;

  /** Inquiries both took part in, and the participant that remains in each. */
  participantsCombined: CombinedParticipantDto[];

  /** Referrals of the merged contact the survivor could not take over, with the reason; they are deleted. */
  referralsDropped: DroppedReferralDto[];

  /** People who were only reached through a dropped referral (usually none). */
  participantsOrphaned: OrphanedParticipantDto[];
}
