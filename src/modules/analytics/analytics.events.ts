import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactProfilesChanged, InquiryInsightsRewritten, InsightsChanged } from '../../common/events/events.js';
import { InsightCountsRepository } from './insight-counts.repository.js';

/**
 * What analytics does when insights or contacts change elsewhere: its read models of insight counts
 * (`inquiry_insight_count`, `inquiry_theme_contact`) move in the same transaction.
 */
@Injectable()
export class AnalyticsEventHandlers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly counts: InsightCountsRepository,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(InsightsChanged, (event, manager) =>
      this.counts.change(manager, event.ownerId, event.before, event.after),
    );
    this.events.subscribe(InquiryInsightsRewritten, (event, manager) =>
      this.counts.recount(manager, event.ownerId, event.inquiryIds),
    );
    this.events.subscribe(ContactProfilesChanged, (event, manager) =>
      this.counts.refreshProfiles(manager, event.ownerId, event.contactIds),
    );
  }
}
