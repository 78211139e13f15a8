import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import { InquiryStatus } from '../inquiries/inquiry.entity.js';
import { SnowballService } from '../snowball/snowball.service.js';
import type { CreateReflectionDto } from './dto/reflection.dto.js';
import { type CycleFigures, type QuestionChange, Reflection } from './reflection.entity.js';

@Injectable()
export class ReflectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inquiries: InquiriesService,
    private readonly contacts: ContactsService,
    private readonly snowball: SnowballService,
  ) {}

  /**
   * Closes the inquiry's current cycle in one transaction: freezes the cycle's figures, moves the
   * inquiry to the next cycle, applies the question changes (new questions belong to the new cycle),
   * queues the next contacts at `to_ask`, and stores the reflection. 409 on a concluded inquiry.
   */
  create(ownerId: string, inquiryId: string, input: CreateReflectionDto): Promise<Reflection> {
    return this.dataSource.transaction(async (manager) => {
      const inquiry = await this.inquiries.lock(manager, ownerId, inquiryId);
      if (inquiry.status === InquiryStatus.Concluded) {
        throw new AppError(
          ErrorCode.InquiryConcluded,
          'The inquiry is concluded; reopen it (status active) to reflect on it.',
        );
      }
      const nextContactIds = [...new Set(input.nextContactIds ?? [])];
      for (const contactId of nextContactIds) await this.contacts.get(ownerId, contactId, manager);
      const figures = await this.figures(manager, ownerId, inquiryId);
      const advanced = await this.inquiries.advanceCycle(manager, inquiry);
      const changes: QuestionChange[] = [];
      for (const change of input.questionChanges ?? []) {
        if (change.action === 'retire') {
          await this.inquiries.retireQuestion(manager, advanced, change.questionId!);
          changes.push({ action: 'retire', questionId: change.questionId });
        } else {
          const created = await this.inquiries.addQuestion(manager, advanced, {
            text: change.text!,
            revisesId: change.action === 'revise' ? change.questionId : null,
          });
          changes.push({ ...change, resultingQuestionId: created.id });
        }
      }
      await this.snowball.queueToAsk(manager, advanced, nextContactIds);
      return manager.save(
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
    return this.figures(this.dataSource.manager, ownerId, inquiryId);
  }

  /** The figures of the cycle being closed: everything since the previous reflection (one query). */
  private async figures(manager: EntityManager, ownerId: string, inquiryId: string): Promise<CycleFigures> {
    const rows: Array<Record<string, string>> = await manager.query(
      `WITH since AS (
         SELECT coalesce(max(created_at), '-infinity'::timestamptz) AS at
           FROM reflection WHERE owner_id = $1 AND inquiry_id = $2 AND deleted_at IS NULL
       ),
       conversations AS (
         SELECT i.contact_id FROM interaction i, since
          WHERE i.owner_id = $1 AND i.inquiry_id = $2 AND i.deleted_at IS NULL
            AND i.kind IN ('meeting', 'call') AND i.created_at > since.at
       )
       SELECT
         (SELECT count(*) FROM conversations) AS conversations,
         (SELECT count(*) FROM insight s, since WHERE s.owner_id = $1 AND s.inquiry_id = $2
             AND s.deleted_at IS NULL AND s.created_at > since.at) AS insights,
         (SELECT count(*) FROM participant p, since WHERE p.owner_id = $1 AND p.inquiry_id = $2
             AND p.deleted_at IS NULL AND p.created_at > since.at
             AND EXISTS (SELECT 1 FROM contact c
                          WHERE c.owner_id = p.owner_id AND c.id = p.contact_id AND c.deleted_at IS NULL)) AS new_people,
         (SELECT count(*) FROM referral r, since WHERE r.owner_id = $1 AND r.inquiry_id = $2
             AND r.deleted_at IS NULL AND r.created_at > since.at) AS referrals,
         (SELECT count(DISTINCT (c.seniority, c.same_organization)) FROM contact c
           WHERE c.owner_id = $1 AND c.id IN (SELECT contact_id FROM conversations)
             AND c.seniority IS NOT NULL AND c.same_organization IS NOT NULL) AS perspectives`,
      [ownerId, inquiryId],
    );
    const row = rows[0];
    return {
      conversations: Number(row.conversations),
      insights: Number(row.insights),
      newPeople: Number(row.new_people),
      referrals: Number(row.referrals),
      perspectivesCovered: Number(row.perspectives),
    };
  }
}
