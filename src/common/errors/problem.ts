import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error.js';
import { ERROR_TABLE, ErrorCode, type FieldError } from './error-codes.js';

/** RFC 9457 problem details, as every error response carries them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: FieldError[];
}

export interface ProblemResult {
  problem: Problem;
  headers: Record<string, string>;
  /** True when the error is not one the API expected: it is logged with its stack. */
  unexpected: boolean;
}

const TYPE_BASE = 'https://snowball.dev/problems/';

/** What a constraint violation means to the client: its code and the detail shown. */
export interface ConstraintProblem {
  code: ErrorCode;
  detail: string;
}

const notFound = (label: string): ConstraintProblem => ({ code: ErrorCode.NotFound, detail: `${label} not found` });
const CONTACT = notFound('Contact');
const INQUIRY = notFound('Inquiry');
const INTERACTION = notFound('Interaction');
const QUESTION = notFound('Question');
const PARTICIPANT_EXISTS: ConstraintProblem = {
  code: ErrorCode.ParticipantExists,
  detail: 'This contact is already a participant of the inquiry.',
};
const REFERRAL_DUPLICATE: ConstraintProblem = {
  code: ErrorCode.ReferralDuplicate,
  detail: 'This referral (same referrer, same referred person) already exists in the inquiry.',
};
const REFLECTION_EXISTS: ConstraintProblem = {
  code: ErrorCode.ReflectionExists,
  detail: 'This cycle already has a reflection.',
};

/**
 * Violations that come from the client's input, by constraint name: unique indexes (23505) name
 * what already exists, foreign keys (23503) name the row referred to that the caller doesn't have
 * (404, as for any id of someone else's). Unique indexes are listed under their names before and
 * after they led with owner_id.
 */
const CONSTRAINT_PROBLEMS: Record<string, ConstraintProblem> = {
  uq_app_user_email: { code: ErrorCode.EmailTaken, detail: 'An account with this email already exists.' },
  uq_participant_inquiry_id_contact_id: PARTICIPANT_EXISTS,
  uq_participant_owner_id_inquiry_id_contact_id: PARTICIPANT_EXISTS,
  uq_referral_inquiry_id_referrer_id_referred_id: REFERRAL_DUPLICATE,
  uq_referral_owner_id_inquiry_id_referrer_id_referred_id: REFERRAL_DUPLICATE,
  uq_reflection_inquiry_id_cycle: REFLECTION_EXISTS,
  uq_reflection_owner_id_inquiry_id_cycle: REFLECTION_EXISTS,
  uq_contact_identity_owner_id_kind_value: {
    code: ErrorCode.ContactExists,
    detail: 'Another contact already has this email address or LinkedIn profile.',
  },
  fk_contact_identity_contact: CONTACT,
  fk_commitment_contact: CONTACT,
  fk_commitment_inquiry: INQUIRY,
  fk_question_inquiry: INQUIRY,
  fk_question_revises: QUESTION,
  fk_interaction_contact: CONTACT,
  fk_interaction_inquiry: INQUIRY,
  fk_insight_inquiry: INQUIRY,
  fk_insight_contact: CONTACT,
  fk_insight_interaction: INTERACTION,
  fk_opportunity_contact: CONTACT,
  fk_opportunity_inquiry: INQUIRY,
  fk_reflection_inquiry: INQUIRY,
  fk_participant_inquiry: INQUIRY,
  fk_participant_contact: CONTACT,
  fk_referral_inquiry: INQUIRY,
  fk_referral_referrer: CONTACT,
  fk_referral_referred: CONTACT,
  fk_referral_interaction: INTERACTION,
};

/** What the driver (node-postgres) tells about a failed statement. */
export interface DriverError {
  code?: string;
  constraint?: string;
  message?: string;
  column?: string;
}

/**
 * The constraint a violation names. node-postgres gives it as `constraint`; an error relayed from a
 * Citus worker carries only the message, and names the shard's copy (`<name>_<shard id>`).
 */
function constraintOf(driver: DriverError): string | undefined {
  const named = driver.constraint ?? /constraint "([^"]+)"/.exec(driver.message ?? '')?.[1];
  if (!named || named in CONSTRAINT_PROBLEMS) return named;
  const unsharded = named.replace(/_\d+$/, '');
  return unsharded in CONSTRAINT_PROBLEMS ? unsharded : named;
}

/**
 * The problem a unique (23505) or foreign-key (23503) violation means, by constraint name; undefined
 * for any other error or an unknown constraint (the caller keeps its generic mapping). A foreign key
 * refusing a DELETE ("still referenced") is not the client's reference: it is left to the caller too.
 * Neither the constraint name nor SQL ever reaches the client: only the code and the detail here.
 */
export function constraintProblem(driver: DriverError | undefined): ConstraintProblem | undefined {
  if (!driver || (driver.code !== '23505' && driver.code !== '23503')) return undefined;
  if (driver.code === '23503' && /^update or delete on/i.test(driver.message ?? '')) return undefined;
  const constraint = constraintOf(driver);
  const problem = constraint ? CONSTRAINT_PROBLEMS[constraint] : undefined;
  if (!problem) return undefined;
  const expected = problem.code === ErrorCode.NotFound ? '23503' : '23505';
  return driver.code === expected ? problem : undefined;
}

/** SQLSTATE classes and error codes that mean the database can't be reached right now. */
const UNAVAILABLE_SQLSTATES = ['57P01', '57P02', '57P03', '53300'];
const UNAVAILABLE_NODE_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'];
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended unexpectedly',
  'the database system is',
];

const RELEASED_RUNNER_ERRORS = ['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError'];

function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    const code = typeof candidate.code === 'string' ? candidate.code : '';
    const message = typeof candidate.message === 'string' ? candidate.message : '';
    if (UNAVAILABLE_NODE_CODES.includes(code) || UNAVAILABLE_SQLSTATES.includes(code) || code.startsWith('08'))
      return true;
    if (UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return true;
    // TypeORM releases a query runner whose connection broke; the request's next query says so.
    if (error instanceof Error && RELEASED_RUNNER_ERRORS.includes((current as Error).name)) return true;
    current = candidate.driverError ?? candidate.cause;
  }
  return false;
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.MalformedRequest,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.RouteNotFound,
  405: ErrorCode.MethodNotAllowed,
  409: ErrorCode.Conflict,
  412: ErrorCode.PreconditionFailed,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  422: ErrorCode.UnprocessableEntity,
  429: ErrorCode.RateLimited,
  503: ErrorCode.DatabaseUnavailable,
};

function fromCode(code: ErrorCode, detail: string): Omit<Problem, 'instance' | 'requestId'> {
  const { status, title } = ERROR_TABLE[code];
  return { type: `${TYPE_BASE}${code.replace(/_/g, '-')}`, title, status, detail, code };
}

/** Turns any thrown value into problem details. Never exposes a stack, SQL or driver message. */
export function toProblem(error: unknown, instance: string, requestId: string): ProblemResult {
  const finish = (
    base: Omit<Problem, 'instance' | 'requestId'>,
    extras: { errors?: FieldError[]; headers?: Record<string, string>; unexpected?: boolean } = {},
  ): ProblemResult => ({
    problem: { ...base, instance, requestId, ...(extras.errors ? { errors: extras.errors } : {}) },
    headers: extras.headers ?? {},
    unexpected: extras.unexpected ?? false,
  });

  if (error instanceof AppError) {
    return finish(fromCode(error.code, error.detail), error.extras);
  }
  if (error instanceof QueryFailedError) {
    const driver = (error as QueryFailedError & { driverError?: DriverError }).driverError;
    const mapped = constraintProblem(driver);
    if (mapped) return finish(fromCode(mapped.code, mapped.detail));
    if (driver?.code === '23505') return finish(fromCode(ErrorCode.Conflict, 'The resource already exists.'));
    if (driver?.code === '23502' && driver.column) {
      // A PATCH that sets a required field to null (PartialType lets null through): the client's input.
      const field = driver.column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
      return finish(fromCode(ErrorCode.ValidationFailed, 'The request has invalid fields; see errors.'), {
        errors: [{ field, message: `${field} cannot be null` }],
      });
    }
    if (driver?.code === '22021' || driver?.code === '22P05') {
      // Text PostgreSQL can't store (a NUL, broken Unicode) that got past the input screen (input-screen.ts).
      return finish(
        fromCode(
          ErrorCode.MalformedRequest,
          'The request contains text that cannot be stored (a NUL character or invalid Unicode).',
        ),
      );
    }
    if (driver?.code === '40001' || driver?.code === '40P01') {
      return finish(
        fromCode(ErrorCode.ConcurrentUpdate, 'A concurrent request changed the same data; retry the request.'),
      );
    }
  }
  if (isDatabaseUnavailable(error)) {
    return finish(fromCode(ErrorCode.DatabaseUnavailable, 'The database is unavailable; retry shortly.'), {
      headers: { 'retry-after': '5' },
    });
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = CODE_BY_STATUS[status];
    if (code) {
      const response = error.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response ? response.message : error.message;
      const detail =
        status === 404
          ? 'No route matches this method and path.'
          : typeof message === 'string'
            ? message
            : ERROR_TABLE[code].title;
      return finish({ ...fromCode(code, detail), status });
    }
  }
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    // Errors raised by Fastify itself before a route runs (body too large, bad JSON, wrong content type).
    const code = CODE_BY_STATUS[statusCode] ?? ErrorCode.MalformedRequest;
    const fastifyCode = (error as { code?: string }).code ?? '';
    const detail =
      fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 'The request body is larger than this route accepts (1 MiB for JSON; see the route’s 413 response).'
        : fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Send JSON with Content-Type: application/json.'
          : fastifyCode.startsWith('FST_ERR_CTP') || (error as Error).name === 'SyntaxError'
            ? 'The request body is not valid JSON.'
            : ERROR_TABLE[code].title;
    return finish({ ...fromCode(code, detail), status: statusCode });
  }
  return finish(
    fromCode(ErrorCode.Internal, `An unexpected error occurred. Quote request id ${requestId} when reporting it.`),
    { unexpected: true },
  );
}
