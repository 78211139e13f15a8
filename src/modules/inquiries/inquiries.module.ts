import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InquiriesController } from './inquiries.controller.js';
import { InquiriesService } from './inquiries.service.js';
import { Inquiry } from './inquiry.entity.js';
import { Question } from './question.entity.js';

/** Owns `inquiry` and `question`. */
@Module({
  imports: [TypeOrmModule.forFeature([Inquiry, Question])],
  controllers: [InquiriesController],
  providers: [InquiriesService],
  exports: [InquiriesService],
})
export class InquiriesModule {}
