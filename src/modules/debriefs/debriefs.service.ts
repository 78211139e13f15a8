import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertOwned } from '../../common/access/owned-refs.js';
import { AppError } from '../../common/errors/app-error.js';
import type { ParticipantJoined } from '../../common/events/events.js';
import { takeChangeNumber } from '../../database/sync-clock.js';
import type { Commitment } from '../commitments/commitment.entity.js';
import { CommitmentsService } from '../commitments/commitments.service.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import type { Insight } from '../insights/insight.entity.js';
import { InsightsService } from '../insights/insights.service.js';
import type { Interaction } from '../interactions/interaction.entity.js';
import { InteractionsService } from '../interactions/interactions.service.js';
import { type ReferralWithWave, SnowballService } from '../snowball/snowball.service.js';
import type { CreateDebriefDto } from './dto/debrief.dto.js';

/** Everything one debrief created, and what comes next. */
export interface Debrief {
  conversation: Interaction;
  insights: Insight[];
  referrals: ReferralWithWave[];
  commitments: Commitment[];
  thankYou: { interactionId: string; dueAt: Date } | null;
  participants: ParticipantJoined[];
}

/**
 * A part of the debrief fails: its domain error (same code as the single-resource route) with the
 * path of the part at fault in `errors`, so a client can point at it.
 */
async function at<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && !error.extras.errors) {
      throw new AppError(error.code, error.detail, {
        ...error.extras,
        errors: [{ field: path, message: error.detail }],
      });
    }
    throw error;
  }
}

/**
 * `POST /v1/debriefs`: a conversation with what was heard, who was suggested and what was promised,
 * in ONE transaction. It owns no table: it calls the interactions, insights, snowball and
 * commitments services' within-transaction methods with its EntityManager, so their rules are the
 * single-resource routes' rules. One access check covers every id the body names.
 */
@Injectable()
export class DebriefsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interactions: InteractionsService,
    private readonly insights: InsightsService,
    private readonly snowball: SnowballService,
    private readonly commitments: CommitmentsService,
    private readonly inquiries: InquiriesService,
  ) {}

  create(ownerId: string, input: CreateDebriefDto): Promise<Debrief> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const { conversation } = input;
      const inquiryId = conversation.inquiryId ?? null;
      const insights = input.insights ?? [];
      const referrals = input.referrals ?? [];
      const commitments = input.commitments ?? [];
      const found = await assertOwned(manager, ownerId, {
        contacts: [conversation.contactId, ...referrals.map((referral) => referral.contactId)],
        inquiries: [inquiryId],
        questions: insights.flatMap((insight) => insight.questionIds ?? []),
      });
      // The inquiry's lock first, as every snowball write takes it before the participants' rows.
      if (inquiryId) await this.inquiries.lock(manager, ownerId, inquiryId);
      const before = inquiryId
        ? new Set(
            (
              await this.snowball.participantsOf(
                manager,
                ownerId,
                inquiryId,
                referrals.flatMap((referral) => (referral.contactId ? [referral.contactId] : [])),
              )
            ).map((participant) => participant.contactId),
          )
        : new Set<string>();

      const logged = await at('conversation', () =>
        this.interactions.createWithin(manager, ownerId, {
          contactId: conversation.contactId,
          inquiryId,
          kind: conversation.kind,
          occurredAt: conversation.occurredAt,
          durationMinutes: conversation.durationMinutes,
          rating: conversation.rating,
          summary: conversation.summary,
          offered: conversation.offered,
        }),
      );
      const interaction = logged.interaction;
      const fresh = { id: interaction.id, inquiryId, contactId: interaction.contactId, status: null };

      const createdInsights: Insight[] = [];
      for (const [index, insight] of insights.entries()) {
        createdInsights.push(
          await at(`insights[${index}]`, () =>
            this.insights.createWithin(
              manager,
              ownerId,
              { ...insight, inquiryId: inquiryId!, contactId: interaction.contactId, interactionId: interaction.id },
              { found, interaction: fresh },
            ),
          ),
        );
      }

      const createdReferrals: ReferralWithWave[] = [];
      for (const [index, referral] of referrals.entries()) {
        createdReferrals.push(
          await at(`referrals[${index}]`, () =>
            this.snowball.createReferralWithin(
              manager,
              ownerId,
              inquiryId!,
              {
                referrerId: interaction.contactId,
                referredId: referral.contactId,
                referred: referral.contact,
                reason: referral.reason,
                interactionId: interaction.id,
              },
              { found, interaction: fresh },
            ),
          ),
        );
      }

      const createdCommitments: Commitment[] = [];
      for (const commitment of commitments) {
        createdCommitments.push(
          await this.commitments.createWithin(manager, ownerId, {
            ...commitment,
            contactId: interaction.contactId,
            inquiryId,
          }),
        );
      }

      const referredNow = [...new Set(createdReferrals.map(({ referral }) => referral.referredId))].filter(
        (contactId) => !before.has(contactId),
      );
      const joinedByReferral = inquiryId
        ? await this.snowball.participantsOf(manager, ownerId, inquiryId, referredNow)
        : [];
      return {
        conversation: interaction,
        insights: createdInsights,
        referrals: createdReferrals,
        commitments: createdCommitments,
        thankYou: await this.interactions.thankYouOwedFor(manager, ownerId, interaction),
        participants: [
          ...logged.joined,
          ...joinedByReferral.map(({ inquiryId: inquiry, contactId, origin, wave, stage }) => ({
            inquiryId: inquiry,
            contactId,
            origin,
            wave,
            stage,
          })),
        ],
      };
    });
  }
}
