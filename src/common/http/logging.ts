import type { FastifyInstance } from 'fastify';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { AuthenticatedRequest } from '../auth/principal.js';
import type { LogLevel } from '../../config/env.schema.js';

/*
 * What the logs hold (docs/operations.md, "Logs"): one access line per request, and for an error
 * its class, SQLSTATE code, constraint and stack frames. Never a body, a query's text or its
 * parameters (TypeORM's QueryFailedError carries both: emails, argon2 hashes), a token, a cookie or
 * an API key; a driver's message is left out too, since PostgreSQL quotes values in it
 * (`Key (email)=(…) already exists`, `invalid input syntax for type uuid: "…"`).
 */

/** What an error may say in a log line. */
export interface LoggedError {
  type: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The stack's frames (`at …` lines) without its first line, which repeats the message. */
  stack?: string;
  cause?: LoggedError;
}

const text = (value: unknown) => (typeof value === 'string' && value.length <= 200 ? value : undefined);

/**
 * An error relayed from a Citus worker carries the constraint only in its message, as the shard's copy
 * (`fk_x_102044`): the name alone is taken from it (never the message itself, which may quote values).
 */
function constraintNamedIn(driver: { message?: unknown }): string | undefined {
  const named = typeof driver.message === 'string' ? /constraint "([^"]+)"/.exec(driver.message)?.[1] : undefined;
  return text(named?.replace(/_\d+$/, ''));
}

/** The loggable part of an error: class, code, constraint, table, column, frames; the driver error's too. */
export function loggableError(value: unknown, depth = 0): LoggedError {
  if (value === null || typeof value !== 'object') return { type: typeof value };
  // Given pino's own serialization of an error (a wrapped serializer), read the error it came from.
  const error = (value as { raw?: unknown }).raw ?? value;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    constraint?: unknown;
    table?: unknown;
    column?: unknown;
    stack?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  // TypeORM's QueryFailedError copies the driver's fields onto itself; read them from the driver error.
  const driver = (candidate.driverError ?? candidate) as typeof candidate;
  const frames =
    typeof candidate.stack === 'string'
      ? candidate.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .join('\n')
      : '';
  const cause = candidate.cause;
  const logged: LoggedError = {
    type: error.constructor?.name ?? 'Object',
    code: text(driver.code) ?? text(candidate.code),
    constraint: text(driver.constraint) ?? constraintNamedIn(driver),
    table: text(driver.table),
    column: text(driver.column),
    stack: frames || undefined,
    cause: cause !== undefined && depth < 2 ? loggableError(cause, depth + 1) : undefined,
  };
  return Object.fromEntries(Object.entries(logged).filter(([, value]) => value !== undefined)) as LoggedError;
}

/** An `?key=` API key (calendar feeds) written as `[redacted]`. */
export const redactUrl = (url: string) => url.replace(/([?&]key=)[^&]*/gi, '$1[redacted]');

/** What a request log binding shows of a request: its id, method and URL (API keys redacted), no headers. */
const requestSerializer = (request: { id?: unknown; method?: string; url?: string }) => ({
  id: request.id,
  method: request.method,
  url: redactUrl(request.url ?? ''),
});

/** The serializers every log line goes through (pino applies them by key). */
export const LOG_SERIALIZERS = { err: loggableError, error: loggableError, req: requestSerializer };

/** Belt and braces: should a header, token or password ever be passed to a log call, it is censored. */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  'refreshToken',
  'accessToken',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  'body',
  '*.body',
];

/**
 * The application's one pino logger: Nest's logger (nestjs-pino) and the access log derive from it.
 * `destination` defaults to standard output; the tests pass a stream to read what was logged.
 */
export function createRootLogger(level: LogLevel, destination?: DestinationStream): PinoLogger {
  const options = {
    level,
    serializers: LOG_SERIALIZERS,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * One line per request, when its response has been sent: method, route pattern (`/v1/contacts/:id`,
 * not the path with its ids), status, duration in milliseconds, request id and the signed-in user.
 * An unmatched path is logged without its query string. 5xx lines are warnings, others info.
 */
export function installAccessLog(
  fastify: FastifyInstance,
  logger: PinoLogger,
  onResponse?: (status: number, userId: string | null) => void,
): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    const status = reply.statusCode;
    const line = {
      reqId: request.id,
      method: request.method,
      route: route ?? null,
      ...(route === undefined ? { path: request.url.split('?')[0].slice(0, 200) } : {}),
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      userId: (request as unknown as AuthenticatedRequest).principal?.userId ?? null,
    };
    if (status >= 500) logger.warn(line, 'request completed');
    else logger.info(line, 'request completed');
    onResponse?.(status, line.userId);
    done();
  });
}
