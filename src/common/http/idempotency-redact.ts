import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENCY_REDACT = 'snowball:idempotency-redact';

/**
 * Top-level response fields never stored for Idempotency-Key replays (secrets shown once).
 * A replay of such a response comes back without them.
 */
export const IdempotencyRedact = (...fields: string[]) => SetMetadata(IDEMPOTENCY_REDACT, fields);
