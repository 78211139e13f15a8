import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-codes.js';
import { sendProblem } from '../errors/problem.filter.js';
import { toProblem } from '../errors/problem.js';

/** Path parameters (ids) longer than this are a 414: Fastify's router refuses them before any route runs. */
export const MAX_PARAM_LENGTH = 100;

/** Request headers over this, in all, are a 431 (Node's `--max-http-header-size` default). */
export const MAX_HEADER_BYTES = 16 * 1024;

const logger = new Logger('HttpServer');

/**
 * Errors Fastify raises while routing, before Nest sees the request (a path parameter over
 * {@link MAX_PARAM_LENGTH}, a path that isn't valid percent-encoding): answered like any other error,
 * as problem+json, rather than with Fastify's own body naming its error codes.
 */
function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const mapped =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError(ErrorCode.UriTooLong, `A part of the path is longer than ${MAX_PARAM_LENGTH} characters.`)
      : error.code === 'FST_ERR_BAD_URL'
        ? new AppError(ErrorCode.MalformedRequest, 'The path is not a valid URL (check its percent-encoding).')
        : error;
  // No route, so no hooks: the request id header is set here.
  void reply.header('x-request-id', request.id);
  sendProblem(mapped, request, reply, logger);
}

/** The raw HTTP answer for a request Node's parser refused: problem+json, and the connection closed. */
export function rawProblemResponse(error: { code?: string }): string {
  const [code, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [ErrorCode.HeadersTooLarge, `The request headers are larger than the ${MAX_HEADER_BYTES / 1024} KiB limit.`]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [ErrorCode.RequestTimeout, 'The request did not arrive in time; send it again.']
        : [ErrorCode.MalformedRequest, 'The request is not valid HTTP.'];
  const requestId = randomUUID();
  const { problem } = toProblem(new AppError(code, detail), '', requestId);
  const { instance: _instance, ...withoutInstance } = problem;
  const body = JSON.stringify(withoutInstance);
  return [
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${requestId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Requests Node's HTTP parser refuses (headers over the limit, a malformed request line or header,
 * a request that took too long): Node would write a bare status line and Fastify a JSON body of its
 * own; we write problem+json, then close the connection (its state is unknown).
 */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    socket.end(rawProblemResponse(error));
    return;
  }
  socket.destroy();
}

/** The Fastify server options that make errors raised outside Nest problem+json too. */
export const frameworkErrorOptions = {
  routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
  frameworkErrors,
  clientErrorHandler,
} satisfies Pick<FastifyServerOptions, 'routerOptions' | 'frameworkErrors' | 'clientErrorHandler'>;
