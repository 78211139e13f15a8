import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module.js';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { InsightsModule } from '../insights/insights.module.js';
import { InteractionsModule } from '../interactions/interactions.module.js';
import { SnowballModule } from '../snowball/snowball.module.js';
import { DebriefsController } from './debriefs.controller.js';
import { DebriefsService } from './debriefs.service.js';

/** `POST /v1/debriefs`. Owns no table: it composes the services that own them in one transaction. */
@Module({
  imports: [InteractionsModule, InsightsModule, SnowballModule, CommitmentsModule, InquiriesModule],
  controllers: [DebriefsController],
  providers: [DebriefsService],
})
export class DebriefsModule {}
