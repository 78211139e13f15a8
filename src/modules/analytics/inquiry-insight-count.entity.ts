import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which figure a row of `inquiry_insight_count` counts insights by. */
export enum InsightFacet {
  Kind = 'kind',
  Theme = 'theme',
  /** `value` is the contact's id (insights without a contact are not counted by contact). */
  Contact = 'contact',
}

/**
 * A read model (docs/architecture.md, "Read models"): the live insights of an inquiry per kind, per
 * theme (an insight counts once per theme it names) and per contact, kept up to date in every write transaction
 * that changes an insight (`InsightsChanged`, `InquiryInsightsRewritten`), so stats and themes read
 * a few dozen rows instead of re-aggregating the inquiry's insights. Rows may reach 0 and stay (an
 * emptied count is a row of 0, never a missing one that a later delta could take below zero).
 * Not synced: derived from `insight`, which sync sends.
 */
@Entity('inquiry_insight_count')
export class InquiryInsightCount {
  @PrimaryColumn({ type: 'uuid' })
  ownerId: string;

  @PrimaryColumn({ type: 'uuid' })
  inquiryId: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  facet: InsightFacet;

  @PrimaryColumn({ type: 'text' })
  value: string;

  @Column({ type: 'integer' })
  insights: number;
}
