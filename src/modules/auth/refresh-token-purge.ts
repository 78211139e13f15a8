import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ClusterLock, ClusterPurge, type PurgeOutcome } from '../../common/cluster-purge.js';

/** How long a dead family is kept after its last token expired (a margin for clocks and support questions). */
const KEEP_AFTER_EXPIRY = '1 day';

/**
 * Removes refresh-token families that can never be used again: every token of the family expired more
 * than a day ago. A family is removed whole, never token by token: a spent token is what detects the
 * replay of a stolen one (it revokes the family), so it must live as long as the family's newest token.
 * Each rotation adds a row, so without this the table grows by one row per refresh forever.
 * Once per cluster (see ClusterPurge); `refresh_token` is coordinator-local on Citus.
 */
@Injectable()
export class RefreshTokenPurge {
  readonly purge: ClusterPurge;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.purge = new ClusterPurge(dataSource, 'refresh-tokens', ClusterLock.PurgeRefreshTokens, (manager) =>
      this.removeDeadFamilies(manager),
    );
  }

  /** Runs the purge now (the hourly timer calls the same). */
  purgeExpired(): Promise<PurgeOutcome> {
    return this.purge.run();
  }

  private async removeDeadFamilies(manager: EntityManager): Promise<number> {
    const [, deleted] = await manager.query<[unknown, number]>(
      `DELETE FROM refresh_token dead
        WHERE dead.family_id IN (SELECT family_id FROM refresh_token
                                  WHERE expires_at < now() - $1::interval)
          AND NOT EXISTS (SELECT 1 FROM refresh_token live
                           WHERE live.family_id = dead.family_id
                             AND live.expires_at >= now() - $1::interval)`,
      [KEEP_AFTER_EXPIRY],
    );
    return deleted;
  }
}
