import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import type { CreateInquiryDto, UpdateInquiryDto } from './dto/inquiry.dto.js';
import { Inquiry, InquiryStatus } from './inquiry.entity.js';
import { Question, QuestionStatus } from './question.entity.js';

@Injectable()
export class InquiriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(ownerId: string, input: CreateInquiryDto): Promise<Inquiry> {
    const repository = this.dataSource.getRepository(Inquiry);
    return repository.save(repository.create({ ...input, ownerId, currentCycle: 1 }));
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
    return versionedUpdate(this.dataSource.manager, Inquiry, { id, ownerId, expectedVersion, label: 'Inquiry' }, input);
  }

  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await versionedSoftDelete(this.dataSource.manager, Inquiry, { id, ownerId, expectedVersion, label: 'Inquiry' });
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
   * Adds a question in the inquiry's current cycle. With `revisesId`, the revised question (which
   * must belong to the same inquiry and still be open or answered) becomes `revised`.
   */
  async addQuestion(
    manager: EntityManager,
    inquiry: Inquiry,
    input: { text: string; revisesId?: string | null },
  ): Promise<Question> {
    if (input.revisesId) {
      const revised = await findOwned(manager, Question, inquiry.ownerId, input.revisesId, 'Question');
      if (revised.inquiryId !== inquiry.id) {
        throw new AppError(ErrorCode.QuestionOfOtherInquiry, 'revisesId must be a question of the same inquiry.');
      }
      if (revised.status === QuestionStatus.Revised || revised.status === QuestionStatus.Retired) {
        throw new AppError(ErrorCode.QuestionNotRevisable, `The question to revise is already ${revised.status}.`);
      }
      await versionedUpdate(
        manager,
        Question,
        { id: revised.id, ownerId: inquiry.ownerId, expectedVersion: revised.version, label: 'Question' },
        { status: QuestionStatus.Revised },
      );
    }
    return manager.save(
      manager.create(Question, {
        ownerId: inquiry.ownerId,
        inquiryId: inquiry.id,
        text: input.text.trim(),
        status: QuestionStatus.Open,
        cycle: inquiry.currentCycle,
        revisesId: input.revisesId ?? null,
      }),
    );
  }

  createQuestion(ownerId: string, inquiryId: string, input: { text: string; revisesId?: string }): Promise<Question> {
    return this.dataSource.transaction(async (manager) => {
      const inquiry = await this.get(ownerId, inquiryId, manager);
      return this.addQuestion(manager, inquiry, input);
    });
  }

  /** Retires a question of the inquiry (reflections). */
  async retireQuestion(manager: EntityManager, inquiry: Inquiry, questionId: string): Promise<void> {
    const question = await findOwned(manager, Question, inquiry.ownerId, questionId, 'Question');
    if (question.inquiryId !== inquiry.id) {
      throw new AppError(ErrorCode.QuestionOfOtherInquiry, 'questionId must be a question of the same inquiry.');
    }
    await versionedUpdate(
      manager,
      Question,
      { id: question.id, ownerId: inquiry.ownerId, label: 'Question' },
      { status: QuestionStatus.Retired },
    );
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

  /** Questions of an inquiry by id, for validating references (insights): ids not found are missing. */
  async questionsOf(manager: EntityManager, ownerId: string, ids: string[]): Promise<Question[]> {
    if (ids.length === 0) return [];
    return ownedQuery(manager, Question, 'question', ownerId).andWhere('question.id IN (:...ids)', { ids }).getMany();
  }
}
