import { randomUUID } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../../common/auth/principal.js';
import { sha256 } from '../../common/crypto.js';
import { IDEMPOTENCY_REDACT } from '../../common/http/idempotency-redact.js';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { writeTransactionHook, type WriteTransactionHook } from '../../database/sync-clock.js';
import { type Claim, IdempotencyService } from './idempotency.service.js';

/** Canonical JSON: object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function withoutFields(body: unknown, fields: string[]): unknown {
  if (fields.length === 0 || !body || typeof body !== 'object') return body;
  return Object.fromEntries(Object.entries(body).filter(([field]) => !fields.includes(field)));
}

/** How long a retry waits for the response of the same request still running elsewhere. */
export const IN_FLIGHT_WAIT_MS = 2_000;
const IN_FLIGHT_POLL_MS = 100;
/** What a 409 in flight tells the client to wait before retrying. */
const RETRY_AFTER_SECONDS = 1;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `Idempotency-Key` on authenticated POSTs: the first request with a key runs and its response is
 * stored; a retry with the same key and body gets that response again (with `Idempotent-Replayed:
 * true`) and nothing runs twice; the same key with another body is 422; while the first is still
 * running, a retry waits up to IN_FLIGHT_WAIT_MS for its response, then gets 409 with Retry-After.
 *
 * Exactly-once under faults (docs/operations.md): every write transaction the request opens for its
 * user marks the key `committed` in that same transaction (the hook in takeChangeNumber), so once
 * the work commits the key is never released or taken over, whatever happens to the response; the
 * response is stored right after, and kept being retried in the background while the database is
 * away.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || !request.principal) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || key.length > 255) {
      return throwError(() =>
        AppError.validation([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 255 characters' }]),
      );
    }
    const ownerId = request.principal.userId;
    const requestHash = sha256(`${request.method} ${request.url}\n${canonical(request.body ?? null)}`);
    const reply = http.getResponse<FastifyReply>();
    // Nest applies the route's status after interceptors run, so read it from the route itself.
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    const redact = this.reflector.get<string[] | undefined>(IDEMPOTENCY_REDACT, context.getHandler()) ?? [];
    const token = randomUUID();
    const hook: WriteTransactionHook = {
      ownerId,
      onWriteTransaction: (manager) => this.idempotency.markCommitted(manager, ownerId, key, token, status),
    };
    const claiming = this.claimOrWait(ownerId, key, requestHash, token).catch(async (error: unknown) => {
      // The claim may have been stored with its answer lost (the database went away): free it.
      await this.idempotency.releaseOrKeepTrying(ownerId, key, token);
      throw error;
    });
    return from(claiming).pipe(
      mergeMap((claim) => {
        switch (claim.kind) {
          case 'mismatch':
            throw new AppError(
              ErrorCode.IdempotencyKeyReused,
              'This Idempotency-Key was already used with a different request.',
            );
          case 'in_flight':
            throw new AppError(
              ErrorCode.IdempotencyRequestInFlight,
              'A request with this Idempotency-Key is still being processed; retry after the time given in Retry-After.',
              { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
            );
          case 'lost':
            // The work committed but its response could not be stored (the database and the
            // instance that ran it both failed at that moment): say it succeeded, without a body.
            void reply.status(claim.status).header('idempotent-replayed', 'true');
            return of(undefined);
          case 'replay':
            void reply.status(claim.status).header('idempotent-replayed', 'true');
            return of(claim.body ?? undefined);
          case 'claimed':
            return writeTransactionHook
              .run(hook, () => next.handle())
              .pipe(
                mergeMap((body: unknown) =>
                  from(
                    this.idempotency.completeOrKeepTrying(
                      ownerId,
                      key,
                      token,
                      status,
                      withoutFields(body ?? null, redact),
                    ),
                  ).pipe(mergeMap(() => of(body))),
                ),
                catchError((error: unknown) =>
                  from(this.idempotency.releaseOrKeepTrying(ownerId, key, token)).pipe(
                    mergeMap(() => throwError(() => error)),
                  ),
                ),
              );
        }
      }),
    );
  }

  /** Claims the key, or while the same request runs elsewhere waits (bounded) for its outcome. */
  private async claimOrWait(ownerId: string, key: string, requestHash: string, token: string): Promise<Claim> {
    const claim = await this.idempotency.claim(ownerId, key, requestHash, token);
    if (claim.kind !== 'in_flight') return claim;
    const until = Date.now() + IN_FLIGHT_WAIT_MS;
    while (Date.now() < until) {
      await sleep(IN_FLIGHT_POLL_MS);
      const held = await this.idempotency.held(ownerId, key, requestHash);
      // Released (the first attempt failed): this retry runs it.
      if (!held) return this.idempotency.claim(ownerId, key, requestHash, token);
      if (held.kind !== 'in_flight') return held;
    }
    return claim;
  }
}
