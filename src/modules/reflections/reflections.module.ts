import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InquiriesModule } from '../inquiries/inquiries.module.js';
import { SnowballModule } from '../snowball/snowball.module.js';
import { CycleFiguresRepository } from './cycle-figures.repository.js';
import { Reflection } from './reflection.entity.js';
import { ReflectionsController } from './reflections.controller.js';
import { ReflectionsEventHandlers } from './reflections.events.js';
import { ReflectionsService } from './reflections.service.js';

/** Owns `reflection`; changes questions and queues people through the inquiries and snowball services. */
@Module({
  imports: [TypeOrmModule.forFeature([Reflection]), InquiriesModule, SnowballModule],
  controllers: [ReflectionsController],
  providers: [ReflectionsService, CycleFiguresRepository, ReflectionsEventHandlers],
  exports: [ReflectionsService],
})
export class ReflectionsModule {}
