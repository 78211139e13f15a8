import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { ProblemDto } from '../errors/problem.dto.js';

const problem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    type: ProblemDto,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  });

/** Error responses, documented as problem+json. Every operation lists the ones it can return. */
export const Problems = {
  badRequest: () => problem(400, 'Invalid input; `errors` lists the fields.'),
  unauthorized: (description: string) => problem(401, description),
  notFound: (what = 'resource') => problem(404, `The ${what} does not exist or belongs to someone else.`),
  conflict: (description = 'Conflicts with existing data.') => problem(409, description),
  preconditionFailed: () => problem(412, 'If-Match does not match the current ETag.'),
  unprocessable: (description: string) => problem(422, description),
  tooManyRequests: () => problem(429, 'Rate limit exceeded; see Retry-After.'),
};

/** The headers and responses of a conditional write (PATCH/DELETE honouring If-Match). */
export function ConditionalWrite(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'ETag from the last GET; the write fails with 412 if the resource changed.',
    }),
    Problems.preconditionFailed(),
  );
}

/** The header and responses of a POST that honours Idempotency-Key. */
export function IdempotentPost(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Any unique string (a UUID is best). Retrying with the same key and body returns the first response; kept 24 hours.',
    }),
    problem(409, 'A request with this Idempotency-Key is still in progress.'),
    problem(422, 'This Idempotency-Key was used with a different request.'),
  );
}
