import { ApiProperty } from '@nestjs/swagger';
import { ValidateEnum } from '../../../common/validation.js';
import { Seniority } from '../../contacts/contact.entity.js';
import { ParticipantOrigin, ParticipantStage } from '../../snowball/participant.entity.js';

/** The representations of an inquiry's referral network. */
export enum NetworkFormat {
  Json = 'json',
  Dot = 'dot',
  Mermaid = 'mermaid',
  Graphml = 'graphml',
  Svg = 'svg',
}

export class NetworkQueryDto {
  /**
   * `json` (default), `dot` (Graphviz), `mermaid` (Markdown diagrams), `graphml` (Gephi, yEd) or
   * `svg` (laid out on the server; at most 5,000 participants).
   */
  @ValidateEnum(NetworkFormat, 'NetworkFormat', { optional: true })
  format?: NetworkFormat;
}

/** A participant of the inquiry: one node of the network. */
export class NetworkNodeDto {
  @ApiProperty({ format: 'uuid' })
  contactId: string;

  name: string;

  /** 0 for seeds; the shortest distance from a seed along referrals. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  wave: number;

  @ApiProperty({ enum: ParticipantStage, enumName: 'ParticipantStage' })
  stage: ParticipantStage;

  @ApiProperty({ enum: ParticipantOrigin, enumName: 'ParticipantOrigin' })
  origin: ParticipantOrigin;

  @ApiProperty({ enum: Seniority, enumName: 'Seniority', nullable: true })
  seniority: Seniority | null;

  /** Inside (true) or outside (false) your own organisation; null when unknown. */
  @ApiProperty({ type: Boolean, nullable: true })
  sameOrganization: boolean | null;
}

/** A referral: one directed edge, from the referrer to the person they referred. */
export class NetworkEdgeDto {
  /** The referral's id. */
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** The referrer's contact id. */
  @ApiProperty({ format: 'uuid' })
  from: string;

  /** The referred person's contact id. */
  @ApiProperty({ format: 'uuid' })
  to: string;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
}

/** An inquiry's referral graph: nodes by wave (then by when they joined), edges oldest first. */
export class NetworkDto {
  @ApiProperty({ type: NetworkNodeDto, isArray: true })
  nodes: NetworkNodeDto[];

  @ApiProperty({ type: NetworkEdgeDto, isArray: true })
  edges: NetworkEdgeDto[];
}
