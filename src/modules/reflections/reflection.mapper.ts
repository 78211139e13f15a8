import type { ReflectionDto } from './dto/reflection.dto.js';
import type { Reflection } from './reflection.entity.js';

export function toReflectionDto(reflection: Reflection): ReflectionDto {
  return {
    id: reflection.id,
    inquiryId: reflection.inquiryId,
    cycle: reflection.cycle,
    learned: reflection.learned,
    patterns: reflection.patterns,
    questionChanges: reflection.questionChanges,
    nextContactIds: reflection.nextContactIds,
    figures: reflection.figures,
    createdAt: reflection.createdAt,
  };
}
