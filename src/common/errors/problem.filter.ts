import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
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
