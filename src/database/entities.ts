import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { RefreshToken } from '../modules/auth/refresh-token.entity.js';
import { IdempotencyKey } from '../modules/idempotency/idempotency-key.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity, listed explicitly (no globs: they don't survive ESM and ts-jest alike). */
export const entities = [User, ApiKey, RefreshToken, AuditLog, IdempotencyKey];
