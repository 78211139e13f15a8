import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { InteractionChanged, InteractionDeleted, InteractionLogged } from '../../common/events/events.js';
import { ContactsService } from './contacts.service.js';

/** What contacts do when something happens elsewhere: keep `lastInteractionAt` true. */
@Injectable()
export class ContactsEventHandlers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(InteractionLogged, (event, manager) =>
      this.contacts.recordInteraction(
        manager,
        event.ownerId,
        event.interaction.contactId,
        event.interaction.occurredAt,
      ),
    );
    this.events.subscribe(InteractionChanged, (event, manager) =>
      this.contacts.setLastInteraction(manager, event.ownerId, event.latest),
    );
    this.events.subscribe(InteractionDeleted, (event, manager) =>
      this.contacts.setLastInteraction(manager, event.ownerId, event.latest),
    );
  }
}
