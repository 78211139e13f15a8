import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { InquiriesService } from '../inquiries/inquiries.service.js';
import { SnowballService } from '../snowball/snowball.service.js';
import type { CreateInteractionDto, UpdateInteractionDto } from './dto/interaction.dto.js';
import { impliedStage } from './implied-stage.js';
import { AskOutcome, Interaction, InteractionKind } from './interaction.entity.js';

@Injectable()
export class InteractionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
    private readonly inquiries: InquiriesService,
    private readonly snowball: SnowballService,
  ) {}

  /**
   * Logs an ask or a conversation and applies its effects in the same transaction: the contact's
   * participant in the inquiry moves forward (never back), and lastInteractionAt moves forward.
   */
  create(ownerId: string, input: CreateInteractionDto): Promise<Interaction> {
    return this.dataSource.transaction(async (manager) => {
      await this.contacts.get(ownerId, input.contactId, manager);
      if (input.inquiryId) await this.inquiries.get(ownerId, input.inquiryId, manager);
      this.assertAskFields(input.kind, input.outcome, input.respondedAt);
      const interaction = await manager.save(
        manager.create(Interaction, {
          ...input,
          ownerId,
          inquiryId: input.inquiryId ?? null,
          occurredAt: input.occurredAt ?? new Date(),
          outcome: input.kind === InteractionKind.Ask ? (input.outcome ?? AskOutcome.Pending) : null,
        }),
      );
      await this.applyEffects(manager, interaction);
      return interaction;
    });
  }

  list(
    ownerId: string,
    page: PageQueryDto,
    filter: { contactId?: string; inquiryId?: string; kind?: InteractionKind },
  ): Promise<Page<Interaction>> {
    const query = ownedQuery(this.dataSource.manager, Interaction, 'interaction', ownerId);
    if (filter.contactId) query.andWhere('interaction.contactId = :contactId', { contactId: filter.contactId });
    if (filter.inquiryId) query.andWhere('interaction.inquiryId = :inquiryId', { inquiryId: filter.inquiryId });
    if (filter.kind) query.andWhere('interaction.kind = :kind', { kind: filter.kind });
    return paginate(query, 'interaction', page, 'occurredAt');
  }

  get(ownerId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Interaction> {
    return findOwned(manager, Interaction, ownerId, id, 'Interaction');
  }

  /**
   * Changes an interaction. Its new effects apply (a stage moves forward, e.g. an ask's outcome
   * arriving); stages never move back. lastInteractionAt is recomputed for the contacts involved.
   */
  update(ownerId: string, id: string, input: UpdateInteractionDto, expectedVersion?: number): Promise<Interaction> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(ownerId, id, manager);
      if (input.contactId && input.contactId !== before.contactId)
        await this.contacts.get(ownerId, input.contactId, manager);
      if (input.inquiryId) await this.inquiries.get(ownerId, input.inquiryId, manager);
      const kind = input.kind ?? before.kind;
      const outcome = input.outcome !== undefined ? input.outcome : before.outcome;
      this.assertAskFields(kind, outcome, input.respondedAt !== undefined ? input.respondedAt : before.respondedAt);
      const changes: Partial<Interaction> = { ...input };
      if (kind !== InteractionKind.Ask) changes.outcome = null;
      else if (!outcome) changes.outcome = AskOutcome.Pending;
      const updated = await versionedUpdate(
        manager,
        Interaction,
        { id, ownerId, expectedVersion, label: 'Interaction' },
        changes,
      );
      await this.applyEffects(manager, updated);
      await this.contacts.recomputeLastInteraction(manager, ownerId, updated.contactId);
      if (before.contactId !== updated.contactId) {
        await this.contacts.recomputeLastInteraction(manager, ownerId, before.contactId);
      }
      return updated;
    });
  }

  /** Deletes an interaction (soft). lastInteractionAt falls back to the latest remaining one; stages stay. */
  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const removed = await versionedSoftDelete(manager, Interaction, {
        id,
        ownerId,
        expectedVersion,
        label: 'Interaction',
      });
      await this.contacts.recomputeLastInteraction(manager, ownerId, removed.contactId);
    });
  }

  private async applyEffects(manager: EntityManager, interaction: Interaction): Promise<void> {
    await this.contacts.recordInteraction(manager, interaction.ownerId, interaction.contactId, interaction.occurredAt);
    const stage = impliedStage(interaction.kind, interaction.outcome);
    if (interaction.inquiryId && stage) {
      await this.snowball.advanceStage(
        manager,
        interaction.ownerId,
        interaction.inquiryId,
        interaction.contactId,
        stage,
      );
    }
  }

  private assertAskFields(
    kind: InteractionKind,
    outcome: AskOutcome | null | undefined,
    respondedAt: Date | null | undefined,
  ) {
    if (kind === InteractionKind.Ask) return;
    const errors = [];
    if (outcome) errors.push({ field: 'outcome', message: 'outcome is only for asks' });
    if (respondedAt) errors.push({ field: 'respondedAt', message: 'respondedAt is only for asks' });
    if (errors.length > 0) throw AppError.validation(errors);
  }
}
