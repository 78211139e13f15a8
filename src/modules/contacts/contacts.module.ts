import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ContactMergeController } from './contact-merge.controller.js';
import { ContactMergeService } from './contact-merge.service.js';
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

/**
 * Owns `contact`. The timeline is a read model over the tables that mention a contact. A merge moves
 * the other modules' rows through the `ContactMerged` event (each module re-points its own).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Contact]), AuditModule],
  controllers: [ContactsController, ContactMergeController, ContactDuplicatesController],
  providers: [
    ContactsService,
    ContactTimelineRepository,
    ContactsEventHandlers,
    ContactImportService,
    ContactExportService,
    ContactMergeService,
    ContactDuplicatesService,
    ContactDuplicatesRepository,
  ],
  exports: [ContactsService],
})
export class ContactsModule {}
