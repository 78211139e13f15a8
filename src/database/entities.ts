import { InquiryInsightCount } from '../modules/analytics/inquiry-insight-count.entity.js';
import { InquiryThemeContact } from '../modules/analytics/inquiry-theme-contact.entity.js';
import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { RefreshToken } from '../modules/auth/refresh-token.entity.js';
import { Commitment } from '../modules/commitments/commitment.entity.js';
import { ContactDuplicateDismissal } from '../modules/contacts/contact-duplicate-dismissal.entity.js';
import { ContactIdentity } from '../modules/contacts/contact-identity.entity.js';
import { Contact } from '../modules/contacts/contact.entity.js';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity.js';
import { Inquiry } from '../modules/inquiries/inquiry.entity.js';
import { Question } from '../modules/inquiries/question.entity.js';
import { Insight } from '../modules/insights/insight.entity.js';
import { Interaction } from '../modules/interactions/interaction.entity.js';
import { Opportunity } from '../modules/opportunities/opportunity.entity.js';
import { Reflection } from '../modules/reflections/reflection.entity.js';
import { Participant } from '../modules/snowball/participant.entity.js';
import { Referral } from '../modules/snowball/referral.entity.js';
import { SyncTombstone } from '../modules/sync/sync-tombstone.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly (no globs: they don't survive ESM and ts-jest alike). */
export const entities = [
  User,
  ApiKey,
  RefreshToken,
  AuditLog,
  IdempotencyKey,
  Inquiry,
  Question,
  Contact,
  ContactIdentity,
  ContactDuplicateDismissal,
  Participant,
  Referral,
  Interaction,
  Insight,
  Reflection,
  Commitment,
  Opportunity,
  SyncTombstone,
  InquiryInsightCount,
  InquiryThemeContact,
];
