import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactMerged } from '../../common/events/events.js';

/** What commitments do when something happens elsewhere: a merged contact's promises become the survivor's. */
@Injectable()
export class CommitmentsEventHandlers implements OnModuleInit {
  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.subscribe(ContactMerged, async (event, manager) => {
      const [, moved] = await manager.query<[unknown, number]>(
        `UPDATE commitment SET sync_seq = snowball_sync_seq(), contact_id = $2, version = version + 1, updated_at = now()
          WHERE owner_id = $1 AND contact_id = $3 AND deleted_at IS NULL`,
        [event.ownerId, event.contactId, event.mergedId],
      );
      event.moved.commitments = moved;
    });
  }
}
