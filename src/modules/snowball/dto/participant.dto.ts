import { ApiProperty } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/pagination.js';
import { QueryInt, ValidateEnum, ValidateUUID } from '../../../common/validation.js';
import { ParticipantOrigin, ParticipantStage } from '../participant.entity.js';
import { ContactSummaryDto } from './chain.dto.js';

export class AddParticipantDto {
  /** The contact to add as a seed (origin `seed`, wave 0, stage `to_ask`). */
  @ValidateUUID({ description: 'The contact to add as a seed.' })
  contactId: string;
}

export class UpdateParticipantDto {
  @ValidateEnum(ParticipantStage, 'ParticipantStage')
  stage: ParticipantStage;
}

export class ListParticipantsQueryDto extends PageQueryDto {
  @ValidateEnum(ParticipantStage, 'ParticipantStage', { optional: true })
  stage?: ParticipantStage;

  @QueryInt({ min: 0, max: 1000, description: 'Only participants of this wave (0 = seeds).' })
  wave?: number;
}

export class ParticipantDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  inquiryId: string;

  @ApiProperty({ format: 'uuid' })
  contactId: string;

  contact: ContactSummaryDto;

  @ApiProperty({ enum: ParticipantOrigin, enumName: 'ParticipantOrigin' })
  origin: ParticipantOrigin;

  /** 0 for seeds; the shortest distance from a seed along referrals. */
  wave: number;

  @ApiProperty({ enum: ParticipantStage, enumName: 'ParticipantStage' })
  stage: ParticipantStage;

  createdAt: Date;

  updatedAt: Date;

  version: number;
}
