import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { assertOwned } from '../../common/access/owned-refs.js';
import { ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import { InquiryStatus } from '../inquiries/inquiry.entity.js';
import { type QueueResult, SnowballService } from '../snowball/snowball.service.js';
import { CycleFiguresRepository } from './cycle-figures.repository.js';
import type { CreateReflectionDto } from './dto/reflection.dto.js';
import { type CycleFigures, type QuestionChange, Reflection } from './reflection.entity.js';
import { takeChangeNumber } from '../../database/sync-clock.js';

/** A reflection as created, with what queuing its next contacts did. */
export interface CreatedReflection {
  reflection: Reflection;
  queue: QueueResult;
}

@Injectable()
export class ReflectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inquiries: InquiriesService,
    private readonly figures: CycleFiguresRepository,
    private readonly snowball: SnowballService,
  ) {}

  /**
   * Closes the inquiry's current cycle in one transaction: freezes the cycle's figures, moves the
   * inquiry to the next cycle, applies the question changes (new questions belong to the new cycle),
   * queues the next contacts at `to_ask` (saying who joined, who was queued and who was not, and
   * why), and stores the reflection. 409 on a concluded inquiry.
   */
  create(ownerId: string, inquiryId: string, input: CreateReflectionDto): Promise<CreatedReflection> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const inquiry = await this.inquiries.lock(manager, ownerId, inquiryId);
      if (inquiry.status === InquiryStatus.Concluded) {
        throw new AppError(
          ErrorCode.InquiryConcluded,
          'The inquiry is concluded; reopen it (status active) to reflect on it.',
        );
      }
      const nextContactIds = [...new Set(input.nextContactIds ?? [])];
      const questionChanges = input.questionChanges ?? [];
      // Every contact and question the body names, in one query (404 naming the first kind missing).
      const refs = await assertOwned(manager, ownerId, {
        contacts: nextContactIds,
        questions: questionChanges.filter((change) => change.action !== 'add').map((change) => change.questionId),
      });
      const figures = await this.figures.of(manager, ownerId, inquiryId);
      const advanced = await this.inquiries.advanceCycle(manager, inquiry);
      const created = await this.inquiries.applyQuestionChanges(manager, advanced, questionChanges, refs);
      const changes: QuestionChange[] = questionChanges.map((change, index) =>
        change.action === 'retire'
          ? { action: 'retire', questionId: change.questionId }
          : { ...change, resultingQuestionId: created[index]!.id },
      );
      const queue = await this.snowball.queueToAsk(manager, advanced, nextContactIds);
      const reflection = await manager.save(
        manager.create(Reflection, {
          ownerId,
          inquiryId,
          cycle: inquiry.currentCycle,
          learned: input.learned.trim(),
          patterns: input.patterns?.trim() || null,
          questionChanges: changes,
          nextContactIds,
          figures,
        }),
      );
      return { reflection, queue };
    });
  }

  async list(ownerId: string, inquiryId: string, page: PageQueryDto): Promise<Page<Reflection>> {
    await this.inquiries.get(ownerId, inquiryId);
    const query = ownedQuery(this.dataSource.manager, Reflection, 'reflection', ownerId).andWhere(
      'reflection.inquiryId = :inquiryId',
      { inquiryId },
    );
    return paginate(query, 'reflection', page);
  }

  /** Reflections of an inquiry in cycle order, for per-cycle statistics. */
  history(ownerId: string, inquiryId: string): Promise<Reflection[]> {
    return ownedQuery(this.dataSource.manager, Reflection, 'reflection', ownerId)
      .andWhere('reflection.inquiryId = :inquiryId', { inquiryId })
      .orderBy('reflection.cycle', 'ASC')
      .getMany();
  }

  /** The figures of the inquiry's current (open) cycle so far. */
  currentFigures(ownerId: string, inquiryId: string): Promise<CycleFigures> {
    return this.figures.of(this.dataSource.manager, ownerId, inquiryId);
  }
}
