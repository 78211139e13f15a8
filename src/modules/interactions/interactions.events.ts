import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactMerged } from '../../common/events/events.js';
import { moveMergedContactRows } from '../../common/events/merged-rows.js';

/**
 * What interactions do when something happens elsewhere: a merged contact's conversations become
 * the survivor's (docs/domain.md, "Merging contacts"), and the survivor's latest one is reported
 * back, so contacts can set `lastInteractionAt` without reading this table.
 */
@Injectable()
export class InteractionsEventHandlers implements OnModuleInit {
  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.subscribe(ContactMerged, async (event, manager) => {
      event.moved.interactions = (await moveMergedContactRows(manager, event, 'interaction')).moved;
      const [latest] = await manager.query<Array<{ at: Date | null }>>(
        `SELECT max(occurred_at) AS at FROM interaction WHERE owner_id = $1 AND contact_id = $2 AND deleted_at IS NULL`,
        [event.ownerId, event.contactId],
      );
      event.latestInteraction = latest?.at ?? null;
    });
  }
}
