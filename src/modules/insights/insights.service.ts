import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { normaliseTags } from '../../common/tags.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import { InteractionsService } from '../interactions/interactions.service.js';
import type { CreateInsightDto, UpdateInsightDto } from './dto/insight.dto.js';
import { Insight, type InsightKind } from './insight.entity.js';

interface References {
  inquiryId: string;
  contactId: string | null;
  interactionId: string | null;
  questionIds: string[];
}

@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inquiries: InquiriesService,
    private readonly contacts: ContactsService,
    private readonly interactions: InteractionsService,
  ) {}

  create(ownerId: string, input: CreateInsightDto): Promise<Insight> {
    return this.dataSource.transaction(async (manager) => {
      const references: References = {
        inquiryId: input.inquiryId,
        contactId: input.contactId ?? null,
        interactionId: input.interactionId ?? null,
        questionIds: [...new Set(input.questionIds ?? [])],
      };
      await this.checkReferences(manager, ownerId, references);
      return manager.save(
        manager.create(Insight, {
          ...input,
          ...references,
          ownerId,
          text: input.text.trim(),
          themes: normaliseTags(input.themes ?? []),
        }),
      );
    });
  }

  list(
    ownerId: string,
    page: PageQueryDto,
    filter: {
      inquiryId?: string;
      contactId?: string;
      questionId?: string;
      theme?: string;
      kind?: InsightKind;
      q?: string;
    },
  ): Promise<Page<Insight>> {
    const query = ownedQuery(this.dataSource.manager, Insight, 'insight', ownerId);
    if (filter.inquiryId) query.andWhere('insight.inquiryId = :inquiryId', { inquiryId: filter.inquiryId });
    if (filter.contactId) query.andWhere('insight.contactId = :contactId', { contactId: filter.contactId });
    if (filter.questionId) {
      query.andWhere('insight.questionIds @> ARRAY[:questionId]::uuid[]', { questionId: filter.questionId });
    }
    if (filter.theme) query.andWhere('insight.themes @> ARRAY[:theme]::text[]', { theme: filter.theme });
    if (filter.kind) query.andWhere('insight.kind = :kind', { kind: filter.kind });
    if (filter.q) {
      // Same expression as the GIN index ix_insight_search.
      query.andWhere(
        `to_tsvector('simple', insight.text || ' ' || coalesce(insight.quote, '')) @@ plainto_tsquery('simple', :q)`,
        {
          q: filter.q,
        },
      );
    }
    return paginate(query, 'insight', page);
  }

  get(ownerId: string, id: string): Promise<Insight> {
    return findOwned(this.dataSource.manager, Insight, ownerId, id, 'Insight');
  }

  update(ownerId: string, id: string, input: UpdateInsightDto, expectedVersion?: number): Promise<Insight> {
    return this.dataSource.transaction(async (manager) => {
      const before = await findOwned(manager, Insight, ownerId, id, 'Insight');
      const references: References = {
        inquiryId: input.inquiryId ?? before.inquiryId,
        contactId: input.contactId !== undefined ? input.contactId : before.contactId,
        interactionId: input.interactionId !== undefined ? input.interactionId : before.interactionId,
        questionIds: Array.isArray(input.questionIds) ? [...new Set(input.questionIds)] : before.questionIds,
      };
      await this.checkReferences(manager, ownerId, references);
      const changes: Partial<Insight> = { ...input, ...references };
      if (Array.isArray(input.themes)) changes.themes = normaliseTags(input.themes);
      if (typeof input.text === 'string') changes.text = input.text.trim();
      return versionedUpdate(manager, Insight, { id, ownerId, expectedVersion, label: 'Insight' }, changes);
    });
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await versionedSoftDelete(this.dataSource.manager, Insight, { id, ownerId, expectedVersion, label: 'Insight' });
  }

  /**
   * Every referenced row must be the caller's (404 otherwise), and the interaction and questions
   * must belong to the insight's inquiry (422), the interaction to the insight's contact (422).
   */
  private async checkReferences(manager: EntityManager, ownerId: string, refs: References): Promise<void> {
    await this.inquiries.get(ownerId, refs.inquiryId, manager);
    if (refs.contactId) await this.contacts.get(ownerId, refs.contactId, manager);
    if (refs.interactionId) {
      const interaction = await this.interactions.get(ownerId, refs.interactionId, manager);
      if (interaction.inquiryId && interaction.inquiryId !== refs.inquiryId) {
        throw new AppError(ErrorCode.InteractionOfOtherInquiry, 'interactionId belongs to another inquiry.');
      }
      if (refs.contactId && interaction.contactId !== refs.contactId) {
        throw new AppError(
          ErrorCode.InteractionOfOtherContact,
          'interactionId is a conversation with another contact.',
        );
      }
    }
    if (refs.questionIds.length > 0) {
      const questions = await this.inquiries.questionsOf(manager, ownerId, refs.questionIds);
      if (questions.length !== refs.questionIds.length) throw AppError.notFound('Question');
      if (questions.some((question) => question.inquiryId !== refs.inquiryId)) {
        throw new AppError(ErrorCode.QuestionOfOtherInquiry, 'questionIds must be questions of the same inquiry.');
      }
    }
  }
}
