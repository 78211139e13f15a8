import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Insight } from './insight.entity.js';
import { InsightsController } from './insights.controller.js';
import { InsightsEventHandlers } from './insights.events.js';
import { InsightsService } from './insights.service.js';

/** Owns `insight`; the ids an insight names are checked by the one access check (`common/access`). */
@Module({
  imports: [TypeOrmModule.forFeature([Insight])],
  controllers: [InsightsController],
  providers: [InsightsService, InsightsEventHandlers],
  exports: [InsightsService],
})
export class InsightsModule {}
