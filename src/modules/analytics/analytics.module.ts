import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { ReflectionsModule } from '../reflections/reflections.module.js';
import { UsersModule } from '../users/users.module.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsEventHandlers } from './analytics.events.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsService } from './analytics.service.js';
import { InquiryInsightCount } from './inquiry-insight-count.entity.js';
import { InquiryThemeContact } from './inquiry-theme-contact.entity.js';
import { InsightCountsRepository } from './insight-counts.repository.js';

/** Owns its read models of insight counts, `inquiry_insight_count` and `inquiry_theme_contact`. */
@Module({
  imports: [
    TypeOrmModule.forFeature([InquiryInsightCount, InquiryThemeContact]),
    InquiriesModule,
    ReflectionsModule,
    UsersModule,
  ],
  controllers: [AnalyticsController],
  providers: [AnalyticsService, AnalyticsRepository, InsightCountsRepository, AnalyticsEventHandlers],
})
export class AnalyticsModule {}
