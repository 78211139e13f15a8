import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ClusterLock, ClusterPurge, type PurgeOutcome } from '../../common/cluster-purge.js';
import { AcrossTenants, allowAcrossTenants } from '../../database/across-tenants.js';
import { IdempotencyKey, IdempotencyState } from './idempotency-key.entity.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** An in-flight claim older than this is taken to be from a crashed request and can be taken over. */
const STALE_IN_FLIGHT_SECONDS = 120;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' };

@Injectable()
export class IdempotencyService {
  /** Drops keys past their time; once per cluster (see ClusterPurge). */
  readonly purge: ClusterPurge;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.purge = new ClusterPurge(dataSource, 'idempotency-keys', ClusterLock.PurgeIdempotencyKeys, (manager) =>
      this.deleteExpired(manager),
    );
  }

  /**
   * Claims `key` for this request: inserts it, or takes over an expired or abandoned row (one
   * conditional UPDATE, so two takeovers can't both win). When the key is held already, says whether
   * to replay, wait or refuse. Two statements rather than one upsert: Citus only allows immutable
   * functions in ON CONFLICT … DO UPDATE, and the expiry needs now().
   */
  async claim(ownerId: string, key: string, requestHash: string): Promise<Claim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (owner_id, key, request_hash, state, created_at)
       VALUES ($1, $2, $3, 'in_flight', now())
       ON CONFLICT (owner_id, key) DO NOTHING
       RETURNING 1`,
      [ownerId, key, requestHash],
    );
    const claimed: unknown[] =
      inserted.length > 0
        ? inserted
        : // An UPDATE answers [rows, affected].
          (
            await this.dataSource.query<[unknown[], number]>(
              `UPDATE idempotency_key
                SET request_hash = $3, state = 'in_flight', response_status = NULL, response_body = NULL,
                    created_at = now()
              WHERE owner_id = $1 AND key = $2
                AND (created_at < now() - make_interval(hours => $4)
                     OR (state = 'in_flight' AND created_at < now() - make_interval(secs => $5)))
             RETURNING 1`,
              [ownerId, key, requestHash, IDEMPOTENCY_TTL_HOURS, STALE_IN_FLIGHT_SECONDS],
            )
          )[0];
    if (claimed.length > 0) return { kind: 'claimed' };
    const existing = await this.dataSource.getRepository(IdempotencyKey).findOneBy({ ownerId, key });
    if (!existing) return this.claim(ownerId, key, requestHash);
    if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
    if (existing.state === IdempotencyState.InFlight) return { kind: 'in_flight' };
    return { kind: 'replay', status: existing.responseStatus ?? 200, body: existing.responseBody };
  }

  async complete(ownerId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource
      .getRepository(IdempotencyKey)
      .update(
        { ownerId, key },
        { state: IdempotencyState.Completed, responseStatus: status, responseBody: (body ?? null) as never },
      );
  }

  /** A failed request frees its key, so the client can retry (with the same key) once it fixed the cause. */
  async release(ownerId: string, key: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyKey).delete({ ownerId, key, state: IdempotencyState.InFlight });
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
