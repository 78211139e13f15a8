import type { ParticipantDto } from './dto/participant.dto.js';
import type { ReferralDto } from './dto/referral.dto.js';
import type { Participant } from './participant.entity.js';
import type { ReferralWithWave } from './snowball.service.js';

export function toParticipantDto(participant: Participant): ParticipantDto {
  const contact = participant.contact;
  return {
    id: participant.id,
    inquiryId: participant.inquiryId,
    contactId: participant.contactId,
    contact: {
      id: participant.contactId,
      name: contact?.name ?? '',
      organization: contact?.organization ?? null,
      title: contact?.title ?? null,
    },
    origin: participant.origin,
    wave: participant.wave,
    stage: participant.stage,
    createdAt: participant.createdAt,
    updatedAt: participant.updatedAt,
    version: participant.version,
  };
}

export function toReferralDto({ referral, wave }: ReferralWithWave): ReferralDto {
  return {
    id: referral.id,
    inquiryId: referral.inquiryId,
    referrerId: referral.referrerId,
    referredId: referral.referredId,
    reason: referral.reason,
    interactionId: referral.interactionId,
    wave,
    createdAt: referral.createdAt,
  };
}
