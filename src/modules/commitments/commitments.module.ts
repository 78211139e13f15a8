import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Commitment } from './commitment.entity.js';
import { CommitmentsController } from './commitments.controller.js';
import { CommitmentsService } from './commitments.service.js';
import { CommitmentsEventHandlers } from './commitments.events.js';

/** Owns `commitment`; the ids a commitment names are checked by the one access check (`common/access`). */
@Module({
  imports: [TypeOrmModule.forFeature([Commitment])],
  controllers: [CommitmentsController],
  providers: [CommitmentsService, CommitmentsEventHandlers],
  exports: [CommitmentsService],
})
export class CommitmentsModule {}
