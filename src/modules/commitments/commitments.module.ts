import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module.js';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { CommitmentsController } from './commitments.controller.js';
import { CommitmentsService } from './commitments.service.js';

@Module({
  imports: [ContactsModule, InquiriesModule],
  controllers: [CommitmentsController],
  providers: [CommitmentsService],
  exports: [CommitmentsService],
})
export class CommitmentsModule {}
