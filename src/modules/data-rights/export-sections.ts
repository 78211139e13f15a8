import type { EntityTarget } from 'typeorm';
import type { SyncedEntity } from '../../database/base.entity.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Inquiry } from '../inquiries/inquiry.entity.js';
import { Question } from '../inquiries/question.entity.js';
import { Insight } from '../insights/insight.entity.js';
import { Interaction } from '../interactions/interaction.entity.js';
import { Opportunity } from '../opportunities/opportunity.entity.js';
import { Reflection } from '../reflections/reflection.entity.js';
import { Participant } from '../snowball/participant.entity.js';
import { Referral } from '../snowball/referral.entity.js';

/** The export format (docs/data-rights.md); bump `EXPORT_VERSION` on any incompatible change. */
export const EXPORT_FORMAT = 'snowball-export';
export const EXPORT_VERSION = 1;

export interface ExportSection {
  /** The key of the section in the document. */
  name: string;
  table: string;
  target: EntityTarget<SyncedEntity>;
  /** This section's derived columns, never exported (an import derives them again). */
  derived?: readonly string[];
}

/**
 * The user's tables, in the document's order, which is also the order an import inserts them
 * (every row's references come before it: contacts and inquiries first).
 */
export const EXPORT_SECTIONS: ExportSection[] = [
  { name: 'contacts', table: 'contact', target: Contact },
  { name: 'inquiries', table: 'inquiry', target: Inquiry },
  { name: 'questions', table: 'question', target: Question },
  { name: 'interactions', table: 'interaction', target: Interaction },
  {
    name: 'participants',
    table: 'participant',
    target: Participant,
    // The contact summary a participant keeps: the restored contacts fill it again.
    derived: ['contactName', 'contactOrganization', 'contactSeniority', 'contactSameOrganization', 'contactLive'],
  },
  { name: 'referrals', table: 'referral', target: Referral },
  { name: 'insights', table: 'insight', target: Insight, derived: ['searchDocument'] },
  { name: 'reflections', table: 'reflection', target: Reflection },
  { name: 'commitments', table: 'commitment', target: Commitment },
  { name: 'opportunities', table: 'opportunity', target: Opportunity },
];

/** Columns never exported from any section: the owner (the importing account is the owner) and the sync number. */
export const UNEXPORTED_PROPERTIES = new Set(['ownerId', 'syncSeq']);
