import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { assertOwned, type OwnedRefs } from '../../common/access/owned-refs.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import type { CreateInquiryDto, UpdateInquiryDto } from './dto/inquiry.dto.js';
import { Inquiry, InquiryStatus } from './inquiry.entity.js';
import { Question, QuestionStatus } from './question.entity.js';
import { ownerTransaction, takeChangeNumber } from '../../database/sync-clock.js';

@Injectable()
export class InquiriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(ownerId: string, input: CreateInquiryDto): Promise<Inquiry> {
    return ownerTransaction(this.dataSource, ownerId, (manager) =>
      manager.save(manager.create(Inquiry, { ...input, ownerId, currentCycle: 1 })),
    );
  }

  list(ownerId: string, page: PageQueryDto, filter: { status?: InquiryStatus }): Promise<Page<Inquiry>> {
    const query = ownedQuery(this.dataSource.manager, Inquiry, 'inquiry', ownerId);
    if (filter.status) query.andWhere('inquiry.status = :status', { status: filter.status });
    return paginate(query, 'inquiry', page);
  }

  get(ownerId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Inquiry> {
    return findOwned(manager, Inquiry, ownerId, id, 'Inquiry');
  }

  /**
   * Locks the inquiry row for the rest of the transaction. Snowball writes that must see a stable
   * graph (referrals, reflections, wave recomputation) take this lock first, so they run one at a time
   * per inquiry.
   */
  async lock(manager: EntityManager, ownerId: string, id: string): Promise<Inquiry> {
    const inquiry = await ownedQuery(manager, Inquiry, 'inquiry', ownerId)
      .andWhere('inquiry.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!inquiry) throw AppError.notFound('Inquiry');
    return inquiry;
  }

  update(ownerId: string, id: string, input: UpdateInquiryDto, expectedVersion?: number): Promise<Inquiry> {
    return ownerTransaction(this.dataSource, ownerId, (manager) =>
      versionedUpdate(manager, Inquiry, { id, ownerId, expectedVersion, label: 'Inquiry' }, input),
    );
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await ownerTransaction(this.dataSource, ownerId, (manager) =>
      versionedSoftDelete(manager, Inquiry, { id, ownerId, expectedVersion, label: 'Inquiry' }),
    );
  }

  /** Moves the inquiry to its next cycle (reflections only). */
  async advanceCycle(manager: EntityManager, inquiry: Inquiry): Promise<Inquiry> {
    return versionedUpdate(
      manager,
      Inquiry,
      { id: inquiry.id, ownerId: inquiry.ownerId, label: 'Inquiry' },
      { currentCycle: inquiry.currentCycle + 1 },
    );
  }

  // ---- questions ----

  /**
   * Applies a list of question changes to the inquiry (the caller holds its lock, and has checked the
   * ids with the one access check, `questions`), in order: `add` adds a question in the inquiry's
   * current cycle, `revise` adds one that revises `questionId` (which must be of the same inquiry and
   * still open or answered; it becomes `revised`), `retire` retires `questionId` (of the same
   * inquiry). At most one UPDATE per resulting status and one INSERT, however many changes. Returns
   * each change's new question (null for a retire).
   */
  async applyQuestionChanges(
    manager: EntityManager,
    inquiry: Inquiry,
    changes: ReadonlyArray<{ action: 'add' | 'revise' | 'retire'; questionId?: string | null; text?: string }>,
    questions: OwnedRefs,
  ): Promise<Array<Question | null>> {
    const status = new Map<string, string>();
    const statusOf = (id: string) => status.get(id) ?? questions.get('questions', id).status!;
    const created: Array<{ index: number; text: string; revisesId: string | null }> = [];
    changes.forEach((change, index) => {
      if (change.action === 'add') {
        created.push({ index, text: change.text!, revisesId: null });
        return;
      }
      const id = change.questionId!;
      const field = change.action === 'revise' ? 'revisesId' : 'questionId';
      if (questions.get('questions', id).inquiryId !== inquiry.id) {
        throw new AppError(ErrorCode.QuestionOfOtherInquiry, `${field} must be a question of the same inquiry.`);
      }
      if (change.action === 'retire') {
        status.set(id, QuestionStatus.Retired);
        return;
      }
      const current = statusOf(id);
      if (current === (QuestionStatus.Revised as string) || current === (QuestionStatus.Retired as string)) {
        throw new AppError(ErrorCode.QuestionNotRevisable, `The question to revise is already ${current}.`);
      }
      status.set(id, QuestionStatus.Revised);
      created.push({ index, text: change.text!, revisesId: id });
    });
    for (const final of [QuestionStatus.Retired, QuestionStatus.Revised]) {
      const ids = [...status].filter(([, value]) => value === (final as string)).map(([id]) => id);
      if (ids.length === 0) continue;
      // A question revised by a concurrent request since the check is not revised twice.
      const guard = final === QuestionStatus.Revised ? `AND status IN ('open', 'answered')` : '';
      const [, affected]: [unknown, number] = await manager.query(
        `UPDATE question SET sync_seq = snowball_sync_seq(), status = $3, version = version + 1, updated_at = now()
          WHERE owner_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL ${guard}`,
        [inquiry.ownerId, ids, final],
      );
      if (affected !== ids.length) {
        throw new AppError(ErrorCode.QuestionNotRevisable, 'The question to revise was changed meanwhile.');
      }
    }
    const results: Array<Question | null> = changes.map(() => null);
    if (created.length > 0) {
      const rows = created.map((question) => ({
        ownerId: inquiry.ownerId,
        inquiryId: inquiry.id,
        text: question.text.trim(),
        status: QuestionStatus.Open,
        cycle: inquiry.currentCycle,
        revisesId: question.revisesId,
      }));
      const inserted = await manager.insert(Question, rows);
      created.forEach((question, position) => {
        results[question.index] = manager.create(Question, {
          deletedAt: null,
          ...rows[position],
          ...(inserted.generatedMaps[position] as Partial<Question>),
        });
      });
    }
    return results;
  }

  /** Adds a question in the inquiry's current cycle, optionally revising another (see `applyQuestionChanges`). */
  createQuestion(ownerId: string, inquiryId: string, input: { text: string; revisesId?: string }): Promise<Question> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const inquiry = await this.get(ownerId, inquiryId, manager);
      const questions = await assertOwned(manager, ownerId, { questions: [input.revisesId] });
      const [question] = await this.applyQuestionChanges(
        manager,
        inquiry,
        [
          input.revisesId
            ? { action: 'revise', questionId: input.revisesId, text: input.text }
            : { action: 'add', text: input.text },
        ],
        questions,
      );
      return question!;
    });
  }

  async listQuestions(
    ownerId: string,
    inquiryId: string,
    page: PageQueryDto,
    filter: { status?: QuestionStatus; cycle?: number },
  ): Promise<Page<Question>> {
    await this.get(ownerId, inquiryId);
    const query = ownedQuery(this.dataSource.manager, Question, 'question', ownerId).andWhere(
      'question.inquiryId = :inquiryId',
      { inquiryId },
    );
    if (filter.status) query.andWhere('question.status = :status', { status: filter.status });
    if (filter.cycle !== undefined) query.andWhere('question.cycle = :cycle', { cycle: filter.cycle });
    return paginate(query, 'question', page);
  }

  /** Changes a question; a question of a deleted inquiry is gone with it (404). */
  updateQuestion(
    ownerId: string,
    id: string,
    input: { text?: string; status?: QuestionStatus },
    expectedVersion?: number,
  ): Promise<Question> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const question = await findOwned(manager, Question, ownerId, id, 'Question');
      const inquiry = await ownedQuery(manager, Inquiry, 'inquiry', ownerId)
        .andWhere('inquiry.id = :id', { id: question.inquiryId })
        .getOne();
      if (!inquiry) throw AppError.notFound('Question');
      if (question.status === QuestionStatus.Revised && input.status !== undefined) {
        throw new AppError(
          ErrorCode.RevisedQuestionLocked,
          'A revised question stays revised (its revision carries the lineage on); change the revision instead.',
        );
      }
      return versionedUpdate(manager, Question, { id, ownerId, expectedVersion, label: 'Question' }, input);
    });
  }
}
