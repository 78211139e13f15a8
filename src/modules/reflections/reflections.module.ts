import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module.js';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { SnowballModule } from '../snowball/snowball.module.js';
import { ReflectionsController } from './reflections.controller.js';
import { ReflectionsService } from './reflections.service.js';

@Module({
  imports: [InquiriesModule, ContactsModule, SnowballModule],
  controllers: [ReflectionsController],
  providers: [ReflectionsService],
  exports: [ReflectionsService],
})
export class ReflectionsModule {}
