import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactMerged } from '../../common/events/events.js';
import { moveMergedContactRows } from '../../common/events/merged-rows.js';

/** What opportunities do when something happens elsewhere: a merged contact's opportunities become the survivor's. */
@Injectable()
export class OpportunitiesEventHandlers implements OnModuleInit {
  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.subscribe(ContactMerged, async (event, manager) => {
      event.moved.opportunities = (await moveMergedContactRows(manager, event, 'opportunity')).moved;
    });
  }
}
