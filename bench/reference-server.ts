/**
 * The bare reference for the write path: Fastify + pg, no Nest, no TypeORM, doing what
 * `POST /v1/interactions` does (InteractionsService.create) with the same checks, so the bench can
 * say how close Snowball is to what the hardware allows:
 *
 * - the access JWT verified with the same secret (HS256, `typ: access`, `exp` required), by a
 *   verifier that keeps its key (fast-jwt), and the account read as AuthGuard reads it (enabled,
 *   not deleted);
 * - the body validated by a JSON schema equivalent to CreateInteractionDto (unknown fields refused);
 * - one transaction: the contact and the inquiry must be the caller's (404 otherwise), the
 *   interaction is inserted, the contact's last_interaction_at moves forward, and the participant's
 *   stage advances (locked, never backwards) as SnowballService.advanceStage does.
 *
 * It also serves `GET /v1/contacts?limit=&cursor=` as ContactsService.list serves it without `q`: the
 * same statement (newest first, keyset on (created_at, id), each contact's JSON built by PostgreSQL
 * as CONTACT_JSON in src/modules/contacts/contacts.service.ts builds it) and the same page body,
 * so the list rows have a floor measured beside them: what Fastify + pg alone achieve for that page.
 *
 * Not mirrored: rate-limit accounting, idempotency keys, request ids and helmet headers; the bench's
 * table says so. Run by bench/run.ts as a child process: PORT, DATABASE_URL, JWT_SECRET.
 */
import Fastify from 'fastify';
import { createVerifier } from 'fast-jwt';
import pg from 'pg';

const KINDS = ['ask', 'meeting', 'call', 'message', 'follow_up', 'thank_you', 'shared_perspective'];
const OUTCOMES = ['pending', 'accepted', 'declined', 'no_response'];
/** Stage ranks, as src/modules/snowball/stage-machine.ts. */
const RANK: Record<string, number> = {
  suggested: 0,
  to_ask: 1,
  asked: 2,
  accepted: 3,
  declined: 3,
  no_response: 3,
  met: 4,
  thanked: 5,
};

interface Body {
  contactId: string;
  inquiryId?: string | null;
  kind: string;
  occurredAt?: string;
  durationMinutes?: number | null;
  outcome?: string | null;
  respondedAt?: string | null;
  rating?: number | null;
  summary?: string | null;
  offered?: string | null;
}

const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const bodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['contactId', 'kind'],
  properties: {
    contactId: { type: 'string', format: 'uuid' },
    inquiryId: nullable({ type: 'string', format: 'uuid' }),
    kind: { type: 'string', enum: KINDS },
    occurredAt: { type: 'string', format: 'date-time' },
    durationMinutes: nullable({ type: 'integer', minimum: 0, maximum: 1440 }),
    outcome: nullable({ type: 'string', enum: OUTCOMES }),
    respondedAt: nullable({ type: 'string', format: 'date-time' }),
    rating: nullable({ type: 'integer', minimum: 1, maximum: 5 }),
    summary: nullable({ type: 'string', maxLength: 10000 }),
    offered: nullable({ type: 'string', maxLength: 10000 }),
  },
};

/** The stage an interaction implies (src/modules/interactions/implied-stage.ts). */
function impliedStage(kind: string, outcome: string | null): string | null {
  if (kind === 'ask')
    return outcome === 'accepted' || outcome === 'declined' || outcome === 'no_response' ? outcome : 'asked';
  if (kind === 'meeting' || kind === 'call') return 'met';
  if (kind === 'thank_you') return 'thanked';
  return null;
}

/** src/modules/snowball/stage-machine.ts `advance`. */
function advance(current: string, implied: string): string {
  const from = RANK[current];
  const to = RANK[implied];
  if (to > from) return implied;
  if (to === from && from === RANK.accepted) return implied;
  return current;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
  ) {
    super(title);
  }
}

async function main(): Promise<void> {
  const secret = process.env.JWT_SECRET ?? '';
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'reference' });
  const verify = createVerifier({ key: secret, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });

  app.addHook('onRequest', async (request) => {
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    let userId: string | null = null;
    if (token) {
      try {
        const claims = verify(token) as { sub?: unknown; typ?: unknown };
        if (claims.typ === 'access' && typeof claims.sub === 'string') userId = claims.sub;
      } catch {
        userId = null;
      }
    }
    const user = userId
      ? await pool.query('SELECT id FROM app_user WHERE id = $1 AND deleted_at IS NULL AND NOT disabled', [userId])
      : null;
    if (!user || user.rowCount === 0) throw new HttpProblem(401, 'Unauthenticated');
    (request as unknown as { userId: string }).userId = userId!;
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, _request, reply) => {
    const status = error instanceof HttpProblem ? error.status : error.validation ? 400 : (error.statusCode ?? 500);
    void reply
      .status(status)
      .type('application/problem+json')
      .send({ type: 'about:blank', title: error instanceof HttpProblem ? error.title : 'Bad request', status });
  });

  app.post<{ Body: Body }>('/v1/interactions', { schema: { body: bodySchema } }, async (request, reply) => {
    const ownerId = (request as unknown as { userId: string }).userId;
    const input = request.body;
    if (input.kind !== 'ask' && (input.outcome || input.respondedAt)) throw new HttpProblem(400, 'Validation failed');
    const outcome = input.kind === 'ask' ? (input.outcome ?? 'pending') : null;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // The user's change number for delta sync, as every Snowball write transaction takes it first.
      await client.query(
        `WITH clock AS (
           INSERT INTO owner_clock (owner_id, seq) VALUES ($1, 1)
           ON CONFLICT (owner_id) DO UPDATE SET seq = owner_clock.seq + 1 RETURNING seq)
         SELECT set_config('snowball.sync_seq', seq::text, true) FROM clock`,
        [ownerId],
      );
      const contact = await client.query(
        'SELECT id FROM contact WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL',
        [ownerId, input.contactId],
      );
      if (contact.rowCount === 0) throw new HttpProblem(404, 'Contact not found');
      if (input.inquiryId) {
        const inquiry = await client.query(
          'SELECT id FROM inquiry WHERE owner_id = $1 AND id = $2 AND deleted_at IS NULL',
          [ownerId, input.inquiryId],
        );
        if (inquiry.rowCount === 0) throw new HttpProblem(404, 'Inquiry not found');
      }
      const inserted = await client.query<Record<string, unknown>>(
        `INSERT INTO interaction (owner_id, contact_id, inquiry_id, kind, occurred_at, duration_minutes, outcome,
                                  responded_at, rating, summary, offered)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         RETURNING id, contact_id, inquiry_id, kind, occurred_at, duration_minutes, outcome, responded_at, rating,
                   summary, offered, created_at, updated_at, version`,
        [
          ownerId,
          input.contactId,
          input.inquiryId ?? null,
          input.kind,
          input.occurredAt ?? new Date(),
          input.durationMinutes ?? null,
          outcome,
          input.respondedAt ?? null,
          input.rating ?? null,
          input.summary ?? null,
          input.offered ?? null,
        ],
      );
      const row = inserted.rows[0];
      await client.query(
        `UPDATE contact SET sync_seq = snowball_sync_seq(), last_interaction_at = GREATEST(last_interaction_at, $3::timestamptz)
          WHERE owner_id = $1 AND id = $2`,
        [ownerId, input.contactId, row.occurred_at],
      );
      const implied = impliedStage(input.kind, outcome);
      if (input.inquiryId && implied) {
        const participant = await client.query<{ id: string; stage: string }>(
          `SELECT id, stage FROM participant
            WHERE owner_id = $1 AND inquiry_id = $2 AND contact_id = $3 AND deleted_at IS NULL FOR UPDATE`,
          [ownerId, input.inquiryId, input.contactId],
        );
        const current = participant.rows[0];
        if (current && advance(current.stage, implied) !== current.stage) {
          await client.query(
            `UPDATE participant SET sync_seq = snowball_sync_seq(), stage = $3, version = version + 1, updated_at = now()
              WHERE owner_id = $1 AND id = $2`,
            [ownerId, current.id, advance(current.stage, implied)],
          );
        }
      }
      await client.query('COMMIT');
      void reply.status(201);
      return {
        id: row.id,
        contactId: row.contact_id,
        inquiryId: row.inquiry_id,
        kind: row.kind,
        occurredAt: row.occurred_at,
        durationMinutes: row.duration_minutes,
        outcome: row.outcome,
        respondedAt: row.responded_at,
        rating: row.rating,
        summary: row.summary,
        offered: row.offered,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  });

  // The list without `q` (ContactsService.newestFirst): the same statement, as a named prepared statement.
  const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const contactJson = `(SELECT row_to_json(item)::text FROM (SELECT contact.id, contact.name, contact.email, contact.phone,
    contact.organization, contact.title, contact.seniority, contact.same_organization AS "sameOrganization",
    contact.responsibilities, contact.interests, contact.can_offer AS "canOffer", contact.notes, contact.tags,
    contact.linkedin_url AS "linkedinUrl", contact.keep_in_touch_days AS "keepInTouchDays", contact.emails,
    contact.phones, contact.urls, contact.connected_on AS "connectedOn",
    CASE WHEN contact.last_interaction_at IS NULL THEN NULL ELSE ${iso('contact.last_interaction_at')} END AS "lastInteractionAt",
    ${iso('contact.created_at')} AS "createdAt", ${iso('contact.updated_at')} AS "updatedAt", contact.version) AS item)`;
  const listText = (after: boolean) =>
    `SELECT contact.id, ${iso('contact.created_at')} AS k, ${contactJson} AS item FROM contact
      WHERE contact.owner_id = $1 AND contact.deleted_at IS NULL
        ${after ? 'AND (contact.created_at, contact.id) < ($3::timestamptz, $4::uuid)' : ''}
      ORDER BY contact.created_at DESC, contact.id DESC LIMIT $2`;
  const listQuery = {
    type: 'object',
    properties: { limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 }, cursor: { type: 'string' } },
  };
  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    '/v1/contacts',
    { schema: { querystring: listQuery } },
    async (request, reply) => {
      const ownerId = (request as unknown as { userId: string }).userId;
      const { limit, cursor } = request.query;
      let from: { k: string; id: string } | null = null;
      if (cursor) {
        try {
          from = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k: string; id: string };
        } catch {
          throw new HttpProblem(400, 'Invalid cursor');
        }
      }
      const result = await pool.query<{ id: string; k: string; item: string }>({
        name: from ? 'list-after' : 'list-first',
        text: listText(from !== null),
        values: from ? [ownerId, limit + 1, from.k, from.id] : [ownerId, limit + 1],
      });
      const rows = result.rows;
      const last = rows.length > limit ? rows[limit - 1] : undefined;
      const next = last ? Buffer.from(JSON.stringify({ k: last.k, id: last.id })).toString('base64url') : null;
      void reply.type('application/json; charset=utf-8');
      return `{"data":[${rows
        .slice(0, limit)
        .map((row) => row.item)
        .join(',')}],"nextCursor":${JSON.stringify(next)}}`;
    },
  );

  const shutdown = () => {
    void app.close().then(() => pool.end().then(() => process.exit(0)));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  const port = Number(process.env.PORT ?? 3001);
  await app.listen({ port, host: '127.0.0.1' });
  process.stderr.write(`reference listening on http://127.0.0.1:${port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`reference server failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
