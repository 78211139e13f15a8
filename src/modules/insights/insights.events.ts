import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactMerged, InquiryInsightsRewritten, InteractionDeleted } from '../../common/events/events.js';
import { moveMergedContactRows } from '../../common/events/merged-rows.js';
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
      const { moved, rows } = await moveMergedContactRows<{ inquiry_id: string }>(manager, event, 'insight', [
        'inquiry_id',
      ]);
      event.moved.insights = moved;
      // The per-inquiry counts by contact (analytics' read models) recount the inquiries touched.
      const inquiryIds = [...new Set(rows.map((row) => row.inquiry_id))];
      if (inquiryIds.length > 0) {
        await this.events.publish(manager, new InquiryInsightsRewritten(event.ownerId, inquiryIds));
      }
    });
  }
}
