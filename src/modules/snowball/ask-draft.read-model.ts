import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ASK_PLACEHOLDERS } from '../inquiries/dto/inquiry.dto.js';
import type { AskDraftDto, AskDraftPartsDto, AskQuestionDto } from './dto/ask-draft.dto.js';

/** At most this many open questions go into an ask. */
export const ASK_QUESTIONS = 3;

type Placeholder = (typeof ASK_PLACEHOLDERS)[number];

interface Row {
  title: string;
  ask_template: string | null;
  contact_id: string | null;
  name: string | null;
  seniority: string | null;
  same_organization: boolean | null;
  referrer_id: string | null;
  referrer: string | null;
  reason: string | null;
}

/**
 * The default ask (docs/domain.md, "Ask drafts"): it names the referrer, and their reason, when the
 * person was referred, and lists the questions only when there are some.
 */
export function defaultAskTemplate(parts: Pick<AskDraftPartsDto, 'referrer' | 'reason' | 'questions'>): string {
  const opening = parts.referrer
    ? parts.reason
      ? '{referrer} suggested I talk to you about {topic} ("{reason}").'
      : '{referrer} suggested I talk to you about {topic}.'
    : "I'm exploring {topic} and would value your perspective.";
  const questions = parts.questions.length > 0 ? '\n\nIn particular, I am curious about:\n{questions}' : '';
  return `Hi {firstName},\n\n${opening}${questions}\n\nWould you have 20 minutes for a call or a coffee in the coming weeks?\n\nThank you!`;
}

/** Fills every known placeholder; a value the person has none of (a seed's `{referrer}`) becomes empty. */
export function fillAskTemplate(template: string, parts: AskDraftPartsDto): string {
  const values: Record<Placeholder, string> = {
    firstName: parts.firstName,
    name: parts.name,
    referrer: parts.referrer ?? '',
    reason: parts.reason ?? '',
    topic: parts.topic,
    questions: parts.questions.map((question) => `- ${question.text}`).join('\n'),
  };
  return template.replace(/\{([^{}\s]*)\}/g, (whole, name: string) =>
    (ASK_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}

/** The ask draft: a read model over inquiry, participant, contact, referral, question and insight (two queries). */
@Injectable()
export class AskDraftReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async draft(ownerId: string, inquiryId: string, contactId: string): Promise<AskDraftDto> {
    // The inquiry, the participant's contact, and the earliest live referral to them with its referrer.
    const rows: Row[] = await this.dataSource.query(
      `SELECT i.title, i.ask_template, c.id AS contact_id, c.name, c.seniority, c.same_organization,
              r.referrer_id, rc.name AS referrer, r.reason
         FROM inquiry i
         LEFT JOIN participant p
           ON p.owner_id = $1 AND p.inquiry_id = i.id AND p.contact_id = $3 AND p.deleted_at IS NULL
         LEFT JOIN contact c
           ON c.owner_id = $1 AND c.id = p.contact_id AND c.deleted_at IS NULL
         LEFT JOIN LATERAL (
              SELECT referral.referrer_id, referral.reason
                FROM referral
               WHERE referral.owner_id = $1 AND referral.inquiry_id = i.id
                 AND referral.referred_id = c.id AND referral.deleted_at IS NULL
               ORDER BY referral.created_at, referral.id
               LIMIT 1) r ON true
         LEFT JOIN contact rc ON rc.owner_id = $1 AND rc.id = r.referrer_id
        WHERE i.owner_id = $1 AND i.id = $2 AND i.deleted_at IS NULL`,
      [ownerId, inquiryId, contactId],
    );
    const row = rows[0];
    if (!row) throw AppError.notFound('Inquiry');
    if (!row.contact_id || row.name === null) throw AppError.notFound('Participant');

    // Open questions; those with no insight yet from this person's perspective
    // (seniority × inside/outside, unknown counting as its own value) first, then oldest first.
    const questions: AskQuestionDto[] = await this.dataSource.query(
      `SELECT q.id, q.text
         FROM question q
        WHERE q.owner_id = $1 AND q.inquiry_id = $2 AND q.status = 'open' AND q.deleted_at IS NULL
        ORDER BY EXISTS (
                   SELECT 1
                     FROM insight s
                     JOIN contact sc ON sc.owner_id = $1 AND sc.id = s.contact_id
                    WHERE s.owner_id = $1 AND s.inquiry_id = $2 AND s.deleted_at IS NULL
                      AND s.question_ids @> ARRAY[q.id]
                      AND sc.seniority IS NOT DISTINCT FROM $3::seniority
                      AND sc.same_organization IS NOT DISTINCT FROM $4::boolean),
                 q.created_at, q.id
        LIMIT ${ASK_QUESTIONS}`,
      [ownerId, inquiryId, row.seniority, row.same_organization],
    );

    const parts: AskDraftPartsDto = {
      firstName: row.name.trim().split(/\s+/)[0] ?? row.name,
      name: row.name,
      referrer: row.referrer,
      referrerId: row.referrer_id,
      reason: row.reason,
      topic: row.title,
      questions: questions.map((question) => ({ id: question.id, text: question.text })),
    };
    const usedDefault = !row.ask_template?.trim();
    const template = usedDefault ? defaultAskTemplate(parts) : row.ask_template!;
    return { text: fillAskTemplate(template, parts), template, usedDefault, parts };
  }
}
