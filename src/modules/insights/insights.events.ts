import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactMerged, InquiryInsightsRewritten, InteractionDeleted } from '../../common/events/events.js';
import { InsightsService } from './insights.service.js';

/**
 * What insights do when something happens elsewhere: a deleted interaction is no longer their source;
 * a merged contact's insights become the survivor's.
 */
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
    this.events.subscribe(ContactMerged, async (event, manager) => {
      const [rows, moved] = await manager.query<[Array<{ inquiry_id: string }>, number]>(
        `UPDATE insight SET sync_seq = snowball_sync_seq(), contact_id = $2, version = version + 1, updated_at = now()
          WHERE owner_id = $1 AND contact_id = $3 AND deleted_at IS NULL
          RETURNING inquiry_id`,
        [event.ownerId, event.contactId, event.mergedId],
      );
      event.moved.insights = moved;
      // The per-inquiry counts by contact (analytics' read models) recount the inquiries touched.
      const inquiryIds = [...new Set(rows.map((row) => row.inquiry_id))];
      if (inquiryIds.length > 0) {
        await this.events.publish(manager, new InquiryInsightsRewritten(event.ownerId, inquiryIds));
      }
    });
  }
}
