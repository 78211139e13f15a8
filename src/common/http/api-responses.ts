import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ERROR_TABLE, ErrorCode } from '../errors/error-codes.js';
import { ProblemDto } from '../errors/problem.dto.js';

const PROBLEM_JSON = 'application/problem+json';
/** Where @nestjs/swagger keeps an operation's responses (`DECORATORS.API_RESPONSE`, not exported). */
const API_RESPONSE_METADATA = 'swagger/apiResponse';
const EXAMPLE_REQUEST_ID = '5f0c2b7e-8a1d-4c3e-9b6f-2d7a1e0c4b93';
/** Replaced by the operation's path when the document is built ({@link documentProblems}). */
const EXAMPLE_INSTANCE = '/v1/…';

/** The code an error response shows when the route names none: the generic code of its status. */
const DEFAULT_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  412: ErrorCode.PreconditionFailed,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  422: ErrorCode.UnprocessableEntity,
  428: ErrorCode.PreconditionRequired,
  429: ErrorCode.RateLimited,
  500: ErrorCode.Internal,
  503: ErrorCode.DatabaseUnavailable,
};

/** A code a response documents, with the `detail` its example shows when not the table's. */
export type ProblemExample = ErrorCode | { code: ErrorCode; detail: string };

interface ExampleObject {
  summary: string;
  value: Record<string, unknown>;
}

/** Named OpenAPI examples, one per code, each a complete problem body as the API writes it. */
export function problemExamples(examples: ProblemExample[]): Record<string, ExampleObject> {
  return Object.fromEntries(
    examples.map((example) => {
      const { code, detail } = typeof example === 'string' ? { code: example, detail: undefined } : example;
      const entry = ERROR_TABLE[code];
      const value: Record<string, unknown> = {
        type: `https://snowball.dev/problems/${code.replace(/_/g, '-')}`,
        title: entry.title,
        status: entry.status,
        detail: detail ?? entry.detail ?? entry.title,
        instance: EXAMPLE_INSTANCE,
        code,
        requestId: EXAMPLE_REQUEST_ID,
      };
      if (code === ErrorCode.ValidationFailed) {
        value.errors = [{ field: 'name', message: 'name should not be empty' }];
      }
      return [code, { summary: entry.title, value }];
    }),
  );
}

function problemContent(examples: Record<string, ExampleObject>) {
  return { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemDto) }, examples } };
}

/**
 * An error response documented as `application/problem+json`, with a named example for each of
 * its codes (the status's generic code when none is given). Declared twice for one status (a
 * route's 409 and IdempotentPost's), the descriptions and the examples add up. (Given a `type`,
 * @nestjs/swagger ignores `content` and documents application/json, so the schema is referenced by hand.)
 */
export function ProblemResponse(
  status: number,
  description: string,
  ...codes: ProblemExample[]
): MethodDecorator & ClassDecorator {
  const own = problemExamples(codes.length > 0 ? codes : DEFAULT_CODES[status] ? [DEFAULT_CODES[status]] : []);
  const decorator = (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder = (descriptor ? descriptor.value : target) as object;
    const declared = Reflect.getMetadata(API_RESPONSE_METADATA, holder) as
      Record<string, { content?: Record<string, { examples?: Record<string, ExampleObject> }> }> | undefined;
    const examples = { ...declared?.[status]?.content?.[PROBLEM_JSON]?.examples, ...own };
    ApiExtraModels(ProblemDto)(target, key, descriptor as never);
    ApiResponse({ status, description, content: problemContent(examples) })(
      target as never,
      key as never,
      descriptor as never,
    );
    return descriptor ?? target;
  };
  return decorator as MethodDecorator & ClassDecorator;
}

const problem = ProblemResponse;

/** "Inquiry not found" for `notFound('inquiry, contact or interaction')`: the first thing named. */
function notFoundExample(what: string): ProblemExample {
  const first = what.split(/,| or /)[0].trim();
  return { code: ErrorCode.NotFound, detail: `${first.charAt(0).toUpperCase()}${first.slice(1)} not found` };
}

/**
 * Error responses, documented as problem+json. Every operation lists the ones it can return, and
 * names its own codes where it has them: `Problems.conflict('…', ErrorCode.ReferralCycle, …)`.
 */
export const Problems = {
  badRequest: () => problem(400, 'Invalid input; `errors` lists the fields.'),
  unauthorized: (description: string, ...codes: ErrorCode[]) => problem(401, description, ...codes),
  notFound: (what = 'resource') =>
    problem(404, `The ${what} does not exist or belongs to someone else.`, notFoundExample(what)),
  conflict: (description = 'Conflicts with existing data.', ...codes: ErrorCode[]) =>
    problem(409, description, ...codes),
  preconditionFailed: () => problem(412, 'If-Match does not match the current ETag.'),
  unprocessable: (description: string, ...codes: ErrorCode[]) => problem(422, description, ...codes),
  tooManyRequests: (...codes: ErrorCode[]) => problem(429, 'Rate limit exceeded; see Retry-After.', ...codes),
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
    problem(409, 'A request with this Idempotency-Key is still in progress.', ErrorCode.IdempotencyRequestInFlight),
    problem(422, 'This Idempotency-Key was used with a different request.', ErrorCode.IdempotencyKeyReused),
  );
}

/** Responses every operation can return, whether or not it declares them. */
const COMMON_PROBLEMS: Array<{ status: number; description: string; code: ErrorCode; withBody?: boolean }> = [
  { status: 400, description: 'The request body is not valid JSON.', code: ErrorCode.MalformedRequest, withBody: true },
  {
    status: 413,
    description: 'The request body is larger than 1 MiB.',
    code: ErrorCode.PayloadTooLarge,
    withBody: true,
  },
  {
    status: 415,
    description: 'The request body is not sent as application/json.',
    code: ErrorCode.UnsupportedMediaType,
    withBody: true,
  },
  { status: 429, description: 'Rate limit exceeded; see Retry-After.', code: ErrorCode.RateLimited },
  { status: 500, description: 'Unexpected error; the body carries a requestId to quote.', code: ErrorCode.Internal },
  { status: 503, description: 'The database is unavailable; retry shortly.', code: ErrorCode.DatabaseUnavailable },
];

interface ResponseObject {
  description?: string;
  content?: Record<string, { schema?: unknown; examples?: Record<string, ExampleObject> }>;
}

/**
 * Completes one operation's error responses in the built document: adds the responses every
 * operation can return (413, 415 and malformed JSON only where there is a request body; no 429 on
 * health probes) and sets each example's `instance` to the operation's path.
 */
export function documentProblems(
  route: string,
  operation: { requestBody?: unknown; responses?: Record<string, unknown> },
): void {
  const responses = operation.responses as Record<string, ResponseObject> | undefined;
  if (!responses) return;
  // Objects of the document may be shared with decorator metadata (and between operations): copy, never mutate.
  const withExamples = (response: ResponseObject, examples: Record<string, ExampleObject>): ResponseObject => ({
    ...response,
    content: { ...response.content, [PROBLEM_JSON]: { ...response.content?.[PROBLEM_JSON], examples } },
  });
  for (const common of COMMON_PROBLEMS) {
    if (common.withBody && !operation.requestBody) continue;
    if (common.status === 429 && route.startsWith('/health')) continue;
    const status = String(common.status);
    const response = responses[status];
    const examples = problemExamples([common.code]);
    if (!response) {
      responses[status] = withExamples(
        {
          description: common.description,
          content: { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
        },
        examples,
      );
    } else if (common.status === 400 && response.content?.[PROBLEM_JSON]) {
      responses[status] = withExamples(
        { ...response, description: `${response.description ?? ''}\n\n${common.description}`.trim() },
        { ...response.content[PROBLEM_JSON].examples, ...examples },
      );
    }
  }
  for (const [status, response] of Object.entries(responses)) {
    const examples = response.content?.[PROBLEM_JSON]?.examples;
    if (!examples) continue;
    responses[status] = withExamples(
      response,
      Object.fromEntries(
        Object.entries(examples).map(([name, example]) => [
          name,
          { ...example, value: { ...example.value, instance: route } },
        ]),
      ),
    );
  }
}
