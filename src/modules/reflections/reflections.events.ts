import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactMerged } from '../../common/events/events.js';

/**
 * What reflections do when something happens elsewhere: a merged contact queued as a next contact
 * is named by the survivor's id instead (once: when the survivor is there too, the merged id goes).
 */
@Injectable()
export class ReflectionsEventHandlers implements OnModuleInit {
  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.subscribe(ContactMerged, async (event, manager) => {
      const [, moved] = await manager.query<[unknown, number]>(
        `UPDATE reflection SET sync_seq = snowball_sync_seq(), version = version + 1, updated_at = now(),
                next_contact_ids = CASE WHEN $2::uuid = ANY(next_contact_ids)
                                        THEN array_remove(next_contact_ids, $3::uuid)
                                        ELSE array_replace(next_contact_ids, $3::uuid, $2::uuid) END
          WHERE owner_id = $1 AND $3::uuid = ANY(next_contact_ids) AND deleted_at IS NULL`,
        [event.ownerId, event.contactId, event.mergedId],
      );
      event.moved.reflections = moved;
    });
  }
}
