import { ApiProperty } from '@nestjs/swagger';
import { Seniority } from '../../contacts/contact.entity.js';

export class PerspectiveDto {
  @ApiProperty({ enum: Seniority, enumName: 'Seniority' })
  seniority: Seniority;

  sameOrganization: boolean;

  /** The perspective in words: seniority · inside/outside the organisation ("senior · inside"). */
  label: string;
}

export class ThemeDto {
  theme: string;

  /** Insights tagged with the theme. */
  insights: number;

  /** Distinct contacts those insights came from. */
  contacts: number;

  /** Distinct perspectives (seniority × inside/outside) behind the theme. */
  @ApiProperty({ type: PerspectiveDto, isArray: true })
  perspectives: PerspectiveDto[];

  /**
   * Heard from at least two distinct perspectives and at least three contacts: a pattern rather
   * than one person's (or one pair's) view.
   */
  pattern: boolean;
}
