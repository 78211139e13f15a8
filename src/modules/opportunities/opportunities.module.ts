import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SnowballModule } from '../snowball/snowball.module.js';
import { OpportunitiesController } from './opportunities.controller.js';
import { OpportunitiesService } from './opportunities.service.js';
import { OpportunitiesEventHandlers } from './opportunities.events.js';
import { Opportunity } from './opportunity.entity.js';

/** Owns `opportunity`; asks the snowball (through its service) for the referral chain behind one. */
@Module({
  imports: [TypeOrmModule.forFeature([Opportunity]), SnowballModule],
  controllers: [OpportunitiesController],
  providers: [OpportunitiesService, OpportunitiesEventHandlers],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
