import { ApiProperty } from '@nestjs/swagger';
import { Seniority } from '../../contacts/contact.entity.js';
import { ParticipantStage } from '../../snowball/participant.entity.js';
import { CycleFiguresDto } from '../../reflections/dto/reflection.dto.js';

export class FunnelStageDto {
  @ApiProperty({ enum: ParticipantStage, enumName: 'ParticipantStage' })
  stage: ParticipantStage;

  participants: number;
}

export class AskStatsDto {
  /** Ask interactions logged in the inquiry. */
  asks: number;

  /** Asks whose outcome is accepted or declined. */
  answered: number;

  accepted: number;

  declined: number;

  /** Asks marked no_response. */
  noResponse: number;

  /** answered / asks; null without asks. */
  @ApiProperty({ type: Number, nullable: true })
  responseRate: number | null;

  /** accepted / answered; null without answers. */
  @ApiProperty({ type: Number, nullable: true })
  acceptanceRate: number | null;

  /** Median of respondedAt − occurredAt over answered asks that have respondedAt, in hours. */
  @ApiProperty({ type: Number, nullable: true })
  medianHoursToAnswer: number | null;
}

export class DiversityWarningDto {
  /** `single_seniority` (everyone in the wave shares one seniority) or `single_side` (all inside or all outside). */
  @ApiProperty({ enum: ['single_seniority', 'single_side'], enumName: 'DiversityWarningKind' })
  kind: 'single_seniority' | 'single_side';

  /** A sentence for people. */
  message: string;
}

export class WaveStatsDto {
  wave: number;

  /** Participants in this wave. */
  people: number;

  /** Of them, how many have been asked (stage asked or later). */
  asked: number;

  /** Of them, how many you met (stage met or thanked). */
  met: number;

  @ApiProperty({ type: DiversityWarningDto, isArray: true })
  warnings: DiversityWarningDto[];
}

export class CoverageCellDto {
  @ApiProperty({ enum: Seniority, enumName: 'Seniority' })
  seniority: Seniority;

  /** true: inside your organisation; false: outside. */
  sameOrganization: boolean;

  /** Participants with this perspective. */
  participants: number;

  /** Of them, people you met (stage met or thanked): perspectives actually heard. */
  met: number;
}

export class PerspectiveCoverageDto {
  /** All 8 cells: seniority × inside/outside. */
  @ApiProperty({ type: CoverageCellDto, isArray: true })
  cells: CoverageCellDto[];

  /** Cells with no one met yet: the perspectives you are still missing. */
  @ApiProperty({ type: CoverageCellDto, isArray: true })
  gaps: CoverageCellDto[];

  /** Participants whose seniority or inside/outside is not recorded (not placed in any cell). */
  unplaced: number;
}

export class ConnectorDto {
  @ApiProperty({ format: 'uuid' })
  contactId: string;

  name: string;

  /** Referrals this person made in the inquiry. */
  referrals: number;

  /** Of the people they referred, how many you met. */
  becameMeetings: number;

  /** Insights recorded from the people they referred. */
  insights: number;

  /** Opportunities from the people they referred (in this inquiry). */
  opportunities: number;

  /** becameMeetings / referrals. */
  meetingRate: number;
}

export class CountDto {
  /** The kind or theme. */
  key: string;

  count: number;
}

export class CycleStatsDto {
  cycle: number;

  /** true for the cycle in progress (figures so far); false for cycles closed by a reflection. */
  current: boolean;

  figures: CycleFiguresDto;
}

export class InquiryStatsDto {
  @ApiProperty({ format: 'uuid' })
  inquiryId: string;

  /** Participants per stage, every stage listed (0 when empty), in stage order. */
  @ApiProperty({ type: FunnelStageDto, isArray: true })
  funnel: FunnelStageDto[];

  asks: AskStatsDto;

  @ApiProperty({ type: WaveStatsDto, isArray: true })
  waves: WaveStatsDto[];

  perspectiveCoverage: PerspectiveCoverageDto;

  /** The 10 referrers whose referrals yielded most (meetings, then insights, then referrals). */
  @ApiProperty({ type: ConnectorDto, isArray: true })
  topConnectors: ConnectorDto[];

  /** Insights per kind (every kind listed). */
  @ApiProperty({ type: CountDto, isArray: true })
  insightsByKind: CountDto[];

  /** The 20 most frequent themes. */
  @ApiProperty({ type: CountDto, isArray: true })
  insightsByTheme: CountDto[];

  @ApiProperty({ type: CycleStatsDto, isArray: true })
  cycles: CycleStatsDto[];
}
