import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ClusterLock, ClusterPurge, type PurgeOutcome } from '../../common/cluster-purge.js';
import { AcrossTenants, allowAcrossTenants } from '../../database/across-tenants.js';
import { SESSION_NAME_PREFIX } from '../../database/data-source-options.js';
import { IdempotencyState } from './idempotency-key.entity.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** An in-flight claim older than this is taken to be from a crashed request and can be taken over. */
const STALE_IN_FLIGHT_SECONDS = 120;
/**
 * How long the instance that ran a request keeps trying to store its response when the first
 * attempt failed (the database was away); a committed key whose response is older than this has
 * lost it (the instance died too) and is answered as such.
 */
export const COMPLETE_RETRY_FOR_MS = 60_000;
const COMPLETE_RETRY_EVERY_MS = 500;

/** Held by another request still running (or by one whose instance died: `instance` tells). */
interface InFlight {
  kind: 'in_flight';
  claim?: string;
  instance?: string;
}

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown }
  | InFlight
  | { kind: 'lost'; status: number }
  | { kind: 'mismatch' };

@Injectable()
export class IdempotencyService {
  /** Drops keys past their time; once per cluster (see ClusterPurge). */
  readonly purge: ClusterPurge;

  /** This instance's session name (`snowball/<id>`), recorded in its claims. */
  private readonly instance: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const extra = (dataSource.options as { extra?: { application_name?: unknown } }).extra;
    this.instance = typeof extra?.application_name === 'string' ? extra.application_name : 'snowball';
    this.purge = new ClusterPurge(dataSource, 'idempotency-keys', ClusterLock.PurgeIdempotencyKeys, (manager) =>
      this.deleteExpired(manager),
    );
  }

  /**
   * Claims `key` for this request: inserts it, or takes over an expired or abandoned row (one
   * conditional UPDATE, so two takeovers can't both win). When the key is held already, says whether
   * to replay, wait or refuse. Two statements rather than one upsert: Citus only allows immutable
   * functions in ON CONFLICT … DO UPDATE, and the expiry needs now().
   *
   * `token` names this claim (kept in `response_body` as `{"claim": token}` until the response is
   * stored): only the request that holds it can mark, complete or release the key, so a request
   * whose claim was taken over can't commit its work, and a claim whose answer was lost can be
   * released without touching anyone else's.
   */
  async claim(ownerId: string, key: string, requestHash: string, token: string): Promise<Claim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (owner_id, key, request_hash, state, response_body, created_at)
       VALUES ($1, $2, $3, 'in_flight', jsonb_build_object('claim', $4::text, 'instance', $5::text), now())
       ON CONFLICT (owner_id, key) DO NOTHING
       RETURNING 1`,
      [ownerId, key, requestHash, token, this.instance],
    );
    const claimed: unknown[] =
      inserted.length > 0
        ? inserted
        : // An UPDATE answers [rows, affected].
          (
            await this.dataSource.query<[unknown[], number]>(
              `UPDATE idempotency_key
                SET request_hash = $3, state = 'in_flight', response_status = NULL,
                    response_body = jsonb_build_object('claim', $6::text, 'instance', $7::text), created_at = now()
              WHERE owner_id = $1 AND key = $2
                AND (created_at < now() - make_interval(hours => $4)
                     OR (state = 'in_flight' AND created_at < now() - make_interval(secs => $5)))
             RETURNING 1`,
              [ownerId, key, requestHash, IDEMPOTENCY_TTL_HOURS, STALE_IN_FLIGHT_SECONDS, token, this.instance],
            )
          )[0];
    if (claimed.length > 0) return { kind: 'claimed' };
    const held = await this.held(ownerId, key, requestHash);
    if (held?.kind === 'in_flight' && (await this.takeOverFromDeadInstance(ownerId, key, requestHash, token, held))) {
      return { kind: 'claimed' };
    }
    return held ?? this.claim(ownerId, key, requestHash, token);
  }

  /**
   * A key claimed by an instance that is gone (killed or crashed: none of its sessions is left in
   * `pg_stat_activity`) is taken over at once instead of after STALE_IN_FLIGHT_SECONDS. Compare and
   * swap on the dead claim's token, so two retries can't both take it. Safe even if the instance is
   * in fact alive with no session open: its request's claim no longer matches, so its work can't
   * commit (`markCommitted`). The liveness check reads the coordinator's own sessions (the app's
   * connections all end there, on Citus too), apart from the distributed UPDATE.
   */
  private async takeOverFromDeadInstance(
    ownerId: string,
    key: string,
    requestHash: string,
    token: string,
    held: { claim?: string; instance?: string },
  ): Promise<boolean> {
    if (!held.claim || !held.instance?.startsWith(SESSION_NAME_PREFIX) || held.instance === this.instance) return false;
    const alive: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 LIMIT 1`,
      [held.instance],
    );
    if (alive.length > 0) return false;
    const [taken] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE idempotency_key
          SET request_hash = $3, state = 'in_flight', response_status = NULL,
              response_body = jsonb_build_object('claim', $5::text, 'instance', $6::text), created_at = now()
        WHERE owner_id = $1 AND key = $2 AND state = 'in_flight' AND response_body->>'claim' = $4
       RETURNING 1`,
      [ownerId, key, requestHash, held.claim, token, this.instance],
    );
    return taken.length > 0;
  }

  /** What a key someone else holds means for this request; undefined when the key is gone. */
  async held(
    ownerId: string,
    key: string,
    requestHash: string,
  ): Promise<(Exclude<Claim, { kind: 'claimed' | 'in_flight' }> | InFlight) | undefined> {
    const rows: {
      request_hash: string;
      state: string;
      response_status: number | null;
      response_body: unknown;
      age_ms: number;
    }[] = await this.dataSource.query(
      `SELECT request_hash, state, response_status, response_body,
                (extract(epoch FROM now() - created_at) * 1000)::float8 AS age_ms
           FROM idempotency_key WHERE owner_id = $1 AND key = $2`,
      [ownerId, key],
    );
    const existing = rows[0];
    if (!existing) return undefined;
    if (existing.request_hash !== requestHash) return { kind: 'mismatch' };
    switch (existing.state as IdempotencyState) {
      case IdempotencyState.Completed:
        return { kind: 'replay', status: existing.response_status ?? 200, body: existing.response_body };
      case IdempotencyState.Committed:
        // Its instance is still trying to store the response, or died before it could.
        return existing.age_ms > STALE_IN_FLIGHT_SECONDS * 1000
          ? { kind: 'lost', status: existing.response_status ?? 200 }
          : { kind: 'in_flight' };
      default: {
        const body = (existing.response_body ?? {}) as { claim?: unknown; instance?: unknown };
        return {
          kind: 'in_flight',
          claim: typeof body.claim === 'string' ? body.claim : undefined,
          instance: typeof body.instance === 'string' ? body.instance : undefined,
        };
      }
    }
  }

  /**
   * Inside a write transaction of the request that holds `key`: the key's outcome commits with the
   * work. Once this commits the request is never run again (not released, not taken over), even if
   * its response can't be stored afterwards.
   */
  async markCommitted(
    manager: EntityManager,
    ownerId: string,
    key: string,
    token: string,
    status: number,
  ): Promise<void> {
    const [, affected] = await manager.query<[unknown[], number]>(
      `UPDATE idempotency_key SET state = 'committed', response_status = $4
        WHERE owner_id = $1 AND key = $2 AND state IN ('in_flight', 'committed') AND response_body->>'claim' = $3`,
      [ownerId, key, token, status],
    );
    // The claim was taken over (this request ran past the stale time): its work must not commit.
    if (affected !== 1) {
      throw new AppError(
        ErrorCode.IdempotencyRequestInFlight,
        'A request with this Idempotency-Key is still being processed; retry after the time given in Retry-After.',
        { headers: { 'retry-after': '1' } },
      );
    }
  }

  /** Stores the response every retry gets. */
  async complete(ownerId: string, key: string, token: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET state = 'completed', response_status = $4, response_body = $5
        WHERE owner_id = $1 AND key = $2 AND state IN ('in_flight', 'committed') AND response_body->>'claim' = $3`,
      [ownerId, key, token, status, JSON.stringify(body ?? null)],
    );
  }

  /**
   * Stores the response, and when the database refuses (it is restarting) keeps trying in the
   * background for up to COMPLETE_RETRY_FOR_MS, so a retry that waits gets it. Resolves once the
   * first attempt settled: true when stored.
   */
  async completeOrKeepTrying(
    ownerId: string,
    key: string,
    token: string,
    status: number,
    body: unknown,
  ): Promise<boolean> {
    try {
      await this.complete(ownerId, key, token, status, body);
      return true;
    } catch {
      const giveUpAt = Date.now() + COMPLETE_RETRY_FOR_MS;
      const attempt = (): void => {
        if (Date.now() > giveUpAt) return;
        this.complete(ownerId, key, token, status, body).catch(() => {
          setTimeout(attempt, COMPLETE_RETRY_EVERY_MS).unref();
        });
      };
      setTimeout(attempt, COMPLETE_RETRY_EVERY_MS).unref();
      return false;
    }
  }

  /**
   * A failed request frees its key, so the client can retry (with the same key) once it fixed the
   * cause. Only a key still in flight: one whose work committed is never freed.
   */
  async release(ownerId: string, key: string, token: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_key
        WHERE owner_id = $1 AND key = $2 AND state = 'in_flight' AND response_body->>'claim' = $3`,
      [ownerId, key, token],
    );
  }

  /**
   * `release`, and when the database refuses, keeps trying in the background (as
   * `completeOrKeepTrying`), so a retry need not wait for the stale takeover. Never throws: the
   * request's own error is what the client gets.
   */
  async releaseOrKeepTrying(ownerId: string, key: string, token: string): Promise<void> {
    const giveUpAt = Date.now() + COMPLETE_RETRY_FOR_MS;
    const attempt = (): Promise<void> =>
      this.release(ownerId, key, token).catch(() => {
        if (Date.now() < giveUpAt) setTimeout(() => void attempt(), COMPLETE_RETRY_EVERY_MS).unref();
      });
    await attempt();
  }

  /** Drops keys past their time, unless another instance is doing it right now. */
  purgeExpired(): Promise<PurgeOutcome> {
    return this.purge.run();
  }

  private async deleteExpired(manager: EntityManager): Promise<number> {
    await allowAcrossTenants(manager, AcrossTenants.PurgeIdempotencyKeys);
    const result: unknown = await manager.query(
      `DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1)`,
      [IDEMPOTENCY_TTL_HOURS],
    );
    return Number((result as [unknown, number])[1] ?? 0);
  }
}
