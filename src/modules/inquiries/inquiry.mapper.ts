import type { InquiryDto } from './dto/inquiry.dto.js';
import type { QuestionDto } from './dto/question.dto.js';
import type { Inquiry } from './inquiry.entity.js';
import type { Question } from './question.entity.js';

export function toInquiryDto(inquiry: Inquiry): InquiryDto {
  return {
    id: inquiry.id,
    title: inquiry.title,
    challenge: inquiry.challenge,
    motivation: inquiry.motivation,
    contributionPotential: inquiry.contributionPotential,
    askTemplate: inquiry.askTemplate,
    status: inquiry.status,
    currentCycle: inquiry.currentCycle,
    createdAt: inquiry.createdAt,
    updatedAt: inquiry.updatedAt,
    version: inquiry.version,
  };
}

export function toQuestionDto(question: Question): QuestionDto {
  return {
    id: question.id,
    inquiryId: question.inquiryId,
    text: question.text,
    status: question.status,
    cycle: question.cycle,
    revisesId: question.revisesId,
    createdAt: question.createdAt,
    updatedAt: question.updatedAt,
    version: question.version,
  };
}
