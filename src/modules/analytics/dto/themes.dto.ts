import { ApiProperty } from '@nestjs/swagger';
import { Seniority } from '../../contacts/contact.entity.js';

export class PerspectiveDto {
  @ApiProperty({ enum: Seniority, enumName: 'Seniority' })
  seniority: Seniority;

  sameOrganization: boolean;
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

  /** Heard from two or more perspectives: a pattern rather than one person's view. */
  pattern: boolean;
}
