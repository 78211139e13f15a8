import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BODY_LIMIT_BYTES, bodyTooLarge, ROUTE_BODY_LIMITS } from '../http/json-body.js';
import { requestIdOf } from '../http/request-id.js';
import { toProblem } from './problem.js';

/** Answers every error with RFC 9457 application/problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const requestId = requestIdOf(request);
  // Fastify's own refusal of a body read past the limit (a chunked body has no Content-Length to check
  // first), raw or as Nest wraps it, names no limit: say this route's.
  if (
    (error as { code?: unknown } | null)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    (error instanceof HttpException && error.getStatus() === 413)
  ) {
    error = bodyTooLarge(
      ROUTE_BODY_LIMITS.get(`${request.method} ${request.routeOptions?.url ?? ''}`) ?? BODY_LIMIT_BYTES,
    );
  }
  const { problem, headers, unexpected } = toProblem(error, request.url.split('?')[0], requestId);
  // `err` goes through the log serializer (logging.ts): class, SQLSTATE, constraint and stack frames
  // only, never the driver's message, the query or its parameters.
  if (unexpected) {
    logger.error({ err: error, requestId }, 'Unhandled error');
  } else if (problem.status >= 500) {
    logger.warn({ err: error, requestId, code: problem.code }, problem.title);
  }
  if (reply.sent) return;
  void reply
    .status(problem.status)
    .headers(headers)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(problem);
}
