import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module.js';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { ReferralGraphRepository } from './referral-graph.repository.js';
import { SnowballController } from './snowball.controller.js';
import { SnowballService } from './snowball.service.js';

@Module({
  imports: [InquiriesModule, ContactsModule],
  controllers: [SnowballController],
  providers: [SnowballService, ReferralGraphRepository],
  exports: [SnowballService],
})
export class SnowballModule {}
