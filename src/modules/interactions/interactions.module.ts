import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Interaction } from './interaction.entity.js';
import { InteractionsController } from './interactions.controller.js';
import { InteractionsService } from './interactions.service.js';
import { InteractionsEventHandlers } from './interactions.events.js';

/**
 * Owns `interaction`. Depends on no other feature module: the ids a body names are checked by the
 * one access check (`common/access`), and the effects on contacts and the snowball are domain events.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Interaction])],
  controllers: [InteractionsController],
  providers: [InteractionsService, InteractionsEventHandlers],
  exports: [InteractionsService],
})
export class InteractionsModule {}
