import type { CreatedReflectionDto, ReflectionDto } from './dto/reflection.dto.js';
import type { CreatedReflection } from './reflections.service.js';
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

export function toCreatedReflectionDto({ reflection, queue }: CreatedReflection): CreatedReflectionDto {
  return {
    ...toReflectionDto(reflection),
    queue: {
      joined: [...queue.joined],
      queued: queue.queued.map((q) => ({ ...q })),
      notQueued: queue.notQueued.map((q) => ({ ...q })),
    },
  };
}
