import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Seniority } from '../contacts/contact.entity.js';

/**
 * A read model (docs/architecture.md, "Read models"): per inquiry, theme and contact, how many of the
 * contact's live insights in the inquiry name the theme, with the contact's perspective (seniority,
 * inside/outside) beside it. The themes route counts a theme's contacts and perspectives from it
 * without unnesting the insights or joining the contacts. Kept up to date with the insights
 * (`InsightsChanged`, `InquiryInsightsRewritten`) and with the contacts' perspective
 * (`ContactProfilesChanged`). Rows may reach 0 and stay. Not synced: derived.
 */
@Entity('inquiry_theme_contact')
// A contact's rows across inquiries, for ContactProfilesChanged.
@Index('ix_inquiry_theme_contact_owner_id_contact_id', ['ownerId', 'contactId'])
export class InquiryThemeContact {
  @PrimaryColumn({ type: 'uuid' })
  ownerId: string;

  @PrimaryColumn({ type: 'uuid' })
  inquiryId: string;

  @PrimaryColumn({ type: 'text' })
  theme: string;

  @PrimaryColumn({ type: 'uuid' })
  contactId: string;

  @Column({ type: 'integer' })
  insights: number;

  @Column({ type: 'enum', enum: Seniority, enumName: 'seniority', nullable: true })
  seniority: Seniority | null;

  @Column({ type: 'boolean', nullable: true })
  sameOrganization: boolean | null;
}
