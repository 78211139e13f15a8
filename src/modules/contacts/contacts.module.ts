import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactDuplicatesController } from './contact-duplicates.controller.js';
import { ContactDuplicatesRepository } from './contact-duplicates.repository.js';
import { ContactDuplicatesService } from './contact-duplicates.service.js';
import { ContactExportService } from './contact-export.service.js';
import { ContactImportService } from './contact-import.service.js';
import { ContactTimelineRepository } from './contact-timeline.repository.js';
import { Contact } from './contact.entity.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsEventHandlers } from './contacts.events.js';
import { ContactsService } from './contacts.service.js';

/** Owns `contact`. The timeline is a read model over the tables that mention a contact. */
@Module({
  imports: [TypeOrmModule.forFeature([Contact])],
  controllers: [ContactsController, ContactDuplicatesController],
  providers: [
    ContactsService,
    ContactTimelineRepository,
    ContactsEventHandlers,
    ContactImportService,
    ContactExportService,
    ContactDuplicatesService,
    ContactDuplicatesRepository,
  ],
  exports: [ContactsService],
})
export class ContactsModule {}
