import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../../common/events/domain-events.js';
import {
  InteractionChanged,
  InteractionDeleted,
  type InteractionFacts,
  InteractionLogged,
} from '../../common/events/events.js';
import { impliedStage } from './implied-stage.js';
import { SnowballService } from './snowball.service.js';

/**
 * What the snowball does when something happens elsewhere: an interaction in an inquiry moves the
 * contact's participant forward to the stage it implies (never back); a deleted interaction is no
 * longer named by the referrals that came up in it.
 */
@Injectable()
export class SnowballEventHandlers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly snowball: SnowballService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(InteractionLogged, (event, manager) =>
      this.advance(manager, event.ownerId, event.interaction),
    );
    this.events.subscribe(InteractionChanged, (event, manager) => this.advance(manager, event.ownerId, event.after));
    this.events.subscribe(InteractionDeleted, (event, manager) =>
      this.snowball.forgetInteraction(manager, event.ownerId, event.interaction.id),
    );
  }

  private async advance(manager: EntityManager, ownerId: string, interaction: InteractionFacts): Promise<void> {
    const stage = impliedStage(interaction.kind, interaction.outcome);
    if (!interaction.inquiryId || !stage) return;
    await this.snowball.advanceStage(manager, ownerId, interaction.inquiryId, interaction.contactId, stage);
  }
}
