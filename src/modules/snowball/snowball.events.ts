import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../../common/events/domain-events.js';
import {
  ContactProfilesChanged,
  InteractionChanged,
  InteractionDeleted,
  type InteractionFacts,
  InteractionLogged,
  type ParticipantJoined,
} from '../../common/events/events.js';
import { impliedStage } from './implied-stage.js';
import { ParticipantContactsRepository } from './participant-contacts.repository.js';
import { SnowballService } from './snowball.service.js';

/**
 * What the snowball does when something happens elsewhere: an interaction in an inquiry moves the
 * contact's participant forward to the stage it implies (never back), or makes a contact who isn't
 * one yet a participant reached directly (origin `direct`); a deleted interaction is no
 * longer named by the referrals that came up in it; a contact whose name, organisation, perspective
 * or liveness changed is summarised again on its participants.
 */
@Injectable()
export class SnowballEventHandlers implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly snowball: SnowballService,
    private readonly participantContacts: ParticipantContactsRepository,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(InteractionLogged, (event, manager) =>
      this.advance(manager, event.ownerId, event.interaction, event.joined),
    );
    this.events.subscribe(InteractionChanged, (event, manager) =>
      this.advance(manager, event.ownerId, event.after, event.joined),
    );
    this.events.subscribe(InteractionDeleted, (event, manager) =>
      this.snowball.forgetInteraction(manager, event.ownerId, event.interaction.id),
    );
    this.events.subscribe(ContactProfilesChanged, (event, manager) =>
      this.participantContacts.refresh(manager, event.ownerId, event.contactIds),
    );
  }

  private async advance(
    manager: EntityManager,
    ownerId: string,
    interaction: InteractionFacts,
    joined: ParticipantJoined[],
  ): Promise<void> {
    const stage = impliedStage(interaction.kind, interaction.outcome);
    if (!interaction.inquiryId || !stage) return;
    const participant = await this.snowball.advanceStage(
      manager,
      ownerId,
      interaction.inquiryId,
      interaction.contactId,
      stage,
    );
    if (participant) {
      const { inquiryId, contactId, origin, wave } = participant;
      joined.push({ inquiryId, contactId, origin, wave, stage: participant.stage });
    }
  }
}
