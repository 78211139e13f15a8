import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module.js';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { AskDraftReadModel } from './ask-draft.read-model.js';
import { ParticipantContactsRepository } from './participant-contacts.repository.js';
import { Participant } from './participant.entity.js';
import { ReferralGraphRepository } from './referral-graph.repository.js';
import { Referral } from './referral.entity.js';
import { SnowballController } from './snowball.controller.js';
import { SnowballEventHandlers } from './snowball.events.js';
import { SnowballMergeHandler } from './snowball-merge.events.js';
import { SnowballService } from './snowball.service.js';

/** Owns `participant` and `referral`; follows interactions through their domain events. */
@Module({
  imports: [TypeOrmModule.forFeature([Participant, Referral]), InquiriesModule, ContactsModule],
  controllers: [SnowballController],
  providers: [
    SnowballService,
    AskDraftReadModel,
    ReferralGraphRepository,
    ParticipantContactsRepository,
    SnowballEventHandlers,
    SnowballMergeHandler,
  ],
  exports: [SnowballService],
})
export class SnowballModule {}
