import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-codes.js';

/** The ETag of a versioned resource: its version, as a strong validator. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setETag(reply: FastifyReply, version: number): void {
  void reply.header('etag', etagOf(version));
}

/**
 * Reads `If-Match` into the version the client expects (`undefined` when absent, so the write is
 * unconditional). `*` matches any existing version. A value that is not one of our ETags can
 * never match: 412.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '*' || value === '') return undefined;
  // If-Match uses strong comparison (RFC 9110 §13.1.1): a weak validator never matches.
  const match = /^"(\d{1,9})"$/.exec(value);
  if (!match) {
    throw new AppError(ErrorCode.PreconditionFailed, 'If-Match does not match the current ETag of the resource.');
  }
  return Number(match[1]);
}

/** `@IfMatch() expectedVersion?: number` in a controller method. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);
