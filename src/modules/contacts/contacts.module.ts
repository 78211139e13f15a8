import { Module } from '@nestjs/common';
import { ContactTimelineRepository } from './contact-timeline.repository.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsService } from './contacts.service.js';

@Module({
  controllers: [ContactsController],
  providers: [ContactsService, ContactTimelineRepository],
  exports: [ContactsService],
})
export class ContactsModule {}
