import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { InteractionDeleted } from '../../common/events/events.js';
import { InsightsService } from './insights.service.js';

/** What insights do when something happens elsewhere: a deleted interaction is no longer their source. */
@Injectable()
export class InsightsEventHandlers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly insights: InsightsService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(InteractionDeleted, (event, manager) =>
      this.insights.forgetInteraction(manager, event.ownerId, event.interaction.id),
    );
  }
}
