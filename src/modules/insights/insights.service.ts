import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import {
  lookupOwned,
  type OwnedRefs,
  type RefFacts,
  type RefIds,
  refNotFound,
} from '../../common/access/owned-refs.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import {
  DEFAULT_LIMIT,
  decodeRankedCursor,
  paginate,
  paginateSparse,
  rankedPage,
  type Page,
  type PageQueryDto,
} from '../../common/pagination.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { type InsightFacts, InsightsChanged } from '../../common/events/events.js';
import { normaliseTags } from '../../common/tags.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import type { CreateInsightDto, UpdateInsightDto } from './dto/insight.dto.js';
import { Insight, type InsightKind } from './insight.entity.js';
import { ownerTransaction, takeChangeNumber } from '../../database/sync-clock.js';

/**
 * The search document, a stored column (`INSIGHT_SEARCH_DOCUMENT`: text, quote and themes, as `simple`
 * words and as `english` stems, so `tablet` finds "tablets"), indexed by `ix_insight_search`
 * (migrations/1795890000000-…).
 */
const SEARCH_DOCUMENT = 'insight.search_document';
/** Every word of q, as typed or as an English stem. */
const SEARCH_QUERY = `(plainto_tsquery('simple', :q) || plainto_tsquery('english', :q))`;
const SEARCH_RANK = `ts_rank(${SEARCH_DOCUMENT}, ${SEARCH_QUERY})`;

/** What the insight events say about an insight (the read models that count insights need no more). */
const factsOf = (insight: Insight): InsightFacts => ({
  inquiryId: insight.inquiryId,
  contactId: insight.contactId,
  kind: insight.kind,
  themes: insight.themes,
});

interface References {
  inquiryId: string;
  contactId: string | null;
  interactionId: string | null;
  questionIds: string[];
}

/** What a caller that already ran the one access check knows about the ids an insight names. */
export interface KnownReferences {
  /** The caller's lookup, holding the inquiry, contact and questions the insight names. */
  found: OwnedRefs;
  /** An interaction logged earlier in the same transaction (not in `found`). */
  interaction?: RefFacts & { id: string };
}

@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  create(ownerId: string, input: CreateInsightDto): Promise<Insight> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      return this.createWithin(manager, ownerId, input);
    });
  }

  /**
   * `create` inside the caller's transaction (which took the change number). With `known`, the ids
   * were already looked up by the caller's one access check (`found`), and `interaction` is the
   * conversation the caller just logged in this transaction: no further lookup, the same rules.
   */
  async createWithin(
    manager: EntityManager,
    ownerId: string,
    input: CreateInsightDto,
    known?: KnownReferences,
  ): Promise<Insight> {
    const references: References = {
      inquiryId: input.inquiryId,
      contactId: input.contactId ?? null,
      interactionId: input.interactionId ?? null,
      questionIds: [...new Set(input.questionIds ?? [])],
    };
    await this.checkReferences(manager, ownerId, references, references, known);
    const insight = await manager.save(
      manager.create(Insight, {
        ...input,
        ...references,
        ownerId,
        text: input.text.trim(),
        themes: normaliseTags(input.themes ?? []),
      }),
    );
    await this.events.publish(manager, new InsightsChanged(ownerId, [], [factsOf(insight)]));
    return insight;
  }

  async list(
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
    // A theme, a question or a kind few of the owner's insights have would make the newest-first
    // walk read all of them (`paginateSparse` bounds it); an inquiry or a contact narrows the walk by
    // its own index instead.
    const sparse: string[] = [];
    const where = (condition: string, parameters: Record<string, unknown>) => {
      query.andWhere(condition, parameters);
      sparse.push(condition);
    };
    if (filter.questionId)
      where('insight.question_ids @> ARRAY[:questionId]::uuid[]', { questionId: filter.questionId });
    if (filter.theme) where('insight.themes @> ARRAY[:theme]::text[]', { theme: filter.theme });
    if (filter.kind) where('insight.kind = :kind', { kind: filter.kind });
    if (!filter.q?.trim()) {
      if (sparse.length === 0 || filter.inquiryId || filter.contactId) return paginate(query, 'insight', page);
      return paginateSparse(
        query,
        'insight',
        page,
        `SELECT insight.id FROM insight WHERE insight.owner_id = :ownerId AND insight.deleted_at IS NULL AND ${sparse.join(' AND ')}`,
      );
    }
    // With q: most relevant first (ts_rank), then id; the cursor carries (rank, id).
    query.andWhere(`${SEARCH_DOCUMENT} @@ ${SEARCH_QUERY}`, { q: filter.q });
    if (page.cursor) {
      const { r, id } = decodeRankedCursor(page.cursor);
      query.andWhere(`(-${SEARCH_RANK}, insight.id) > (-(:cursorRank::real), :cursorId::uuid)`, {
        cursorRank: r,
        cursorId: id,
      });
    }
    return rankedPage(query, 'insight', SEARCH_RANK, 'DESC', page.limit ?? DEFAULT_LIMIT);
  }

  get(ownerId: string, id: string): Promise<Insight> {
    return findOwned(this.dataSource.manager, Insight, ownerId, id, 'Insight');
  }

  update(ownerId: string, id: string, input: UpdateInsightDto, expectedVersion?: number): Promise<Insight> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const before = await findOwned(manager, Insight, ownerId, id, 'Insight');
      const references: References = {
        inquiryId: input.inquiryId ?? before.inquiryId,
        contactId: input.contactId !== undefined ? input.contactId : before.contactId,
        interactionId: input.interactionId !== undefined ? input.interactionId : before.interactionId,
        questionIds: Array.isArray(input.questionIds) ? [...new Set(input.questionIds)] : before.questionIds,
      };
      await this.checkReferences(manager, ownerId, references, {
        // The inquiry always: an insight of a deleted inquiry is gone with it.
        inquiryId: references.inquiryId,
        contactId: input.contactId,
        interactionId: input.interactionId,
        questionIds: Array.isArray(input.questionIds) ? references.questionIds : [],
      });
      const changes: Partial<Insight> = { ...input, ...references };
      if (Array.isArray(input.themes)) changes.themes = normaliseTags(input.themes);
      if (typeof input.text === 'string') changes.text = input.text.trim();
      const after = await versionedUpdate(
        manager,
        Insight,
        { id, ownerId, expectedVersion, label: 'Insight' },
        changes,
      );
      await this.events.publish(manager, new InsightsChanged(ownerId, [factsOf(before)], [factsOf(after)]));
      return after;
    });
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, async (manager) => {
      const gone = await versionedSoftDelete(manager, Insight, { id, ownerId, expectedVersion, label: 'Insight' });
      await this.events.publish(manager, new InsightsChanged(ownerId, [factsOf(gone)], []));
    });
  }

  /** An interaction was deleted: insights that came from it no longer name it (what ON DELETE SET NULL did). */
  async forgetInteraction(manager: EntityManager, ownerId: string, interactionId: string): Promise<void> {
    await manager.query(
      `UPDATE insight SET sync_seq = snowball_sync_seq(), interaction_id = NULL, version = version + 1, updated_at = now()
        WHERE owner_id = $1 AND interaction_id = $2`,
      [ownerId, interactionId],
    );
  }

  /**
   * Every row the request names (`named`: the fields it sends) must be the caller's (404 otherwise),
   * and the interaction and questions must belong to the insight's inquiry (422), the interaction to
   * the insight's contact (422). All of `refs` (the insight as it will be) are looked up in the one
   * query; a contact or question the request leaves as it was is not refused for being gone since (a
   * deleted contact: the insight keeps its source, docs/domain.md).
   */
  private async checkReferences(
    manager: EntityManager,
    ownerId: string,
    refs: References,
    named: Partial<Omit<References, 'questionIds'>> & { questionIds: string[] },
    known?: KnownReferences,
  ): Promise<void> {
    const fresh = known?.interaction && known.interaction.id === refs.interactionId ? known.interaction : undefined;
    const all: RefIds = {
      inquiries: [refs.inquiryId],
      contacts: [refs.contactId],
      interactions: [fresh ? undefined : refs.interactionId],
      questions: refs.questionIds,
    };
    const found = known?.found ?? (await lookupOwned(manager, ownerId, all));
    const missing = found.firstMissing({
      inquiries: [named.inquiryId],
      contacts: [named.contactId],
      interactions: [fresh ? undefined : named.interactionId],
      questions: named.questionIds,
    });
    if (missing) throw refNotFound(missing);
    const interaction =
      fresh ??
      (refs.interactionId && found.has('interactions', refs.interactionId)
        ? found.get('interactions', refs.interactionId)
        : undefined);
    if (interaction) {
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
    const questions = refs.questionIds.filter((id) => found.has('questions', id));
    if (questions.some((id) => found.get('questions', id).inquiryId !== refs.inquiryId)) {
      throw new AppError(ErrorCode.QuestionOfOtherInquiry, 'questionIds must be questions of the same inquiry.');
    }
  }
}
