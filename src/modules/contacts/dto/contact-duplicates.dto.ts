import { ApiProperty } from '@nestjs/swagger';
import { PageOf, PageQueryDto } from '../../../common/pagination.js';
import { DuplicateReasonKind } from '../contact-duplicates.repository.js';

/** `?limit=&cursor=` of the duplicates list. */
export class ListDuplicatesQueryDto extends PageQueryDto {}

/** A contact of a likely duplicate pair: enough to tell the two apart. */
export class DuplicateContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  @ApiProperty({ type: String, nullable: true })
  organization: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  /** The primary email. */
  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  /** The primary phone. */
  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  /** The primary LinkedIn profile. */
  @ApiProperty({ type: String, nullable: true })
  linkedinUrl: string | null;
}

/** Why two contacts look like one person. */
export class DuplicateReasonDto {
  /**
   * `same_email` (an email both hold), `same_linkedin` (one LinkedIn profile), `similar_email` (one
   * address written two ways: a `+tag`, Gmail's dots or googlemail.com), `same_name_and_organization`
   * (the same name once case, accents, punctuation and word order are set aside, at the same
   * organisation), `similar_name_and_organization` (names a typo apart at the same organisation),
   * `same_phone` (one E.164 number: weaker, a landline or switchboard is shared).
   */
  @ApiProperty({ enum: DuplicateReasonKind, enumName: 'DuplicateReasonKind' })
  kind: DuplicateReasonKind;

  /** The value on each contact, in the order of `contacts` (the emails, profile URLs, phones or names). */
  @ApiProperty({ type: String, isArray: true, minItems: 2, maxItems: 2 })
  values: string[];
}

/** Two live contacts that are likely one person. */
export class DuplicatePairDto {
  /** The two contacts, the lower id first. */
  @ApiProperty({ type: DuplicateContactDto, isArray: true, minItems: 2, maxItems: 2 })
  contacts: DuplicateContactDto[];

  /** Every reason found, strongest first. */
  @ApiProperty({ type: DuplicateReasonDto, isArray: true })
  reasons: DuplicateReasonDto[];

  /** How likely the two are one person, 1–100: the reasons combined (docs/domain.md). The list is ordered by it. */
  score: number;
}

export class DuplicatePairPageDto extends PageOf(DuplicatePairDto, 'DuplicatePairPageDto') {}
