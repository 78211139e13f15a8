import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from '../errors/problem.dto.js';

/**
 * An error response documented as `application/problem+json`. (Given a `type`, @nestjs/swagger
 * ignores `content` and documents application/json, so the schema is referenced by hand.)
 */
export function ProblemResponse(status: number, description: string): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ApiResponse({
      status,
      description,
      content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
    }),
  );
}

const problem = ProblemResponse;

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
