import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  assertOwned,
  type FactRow,
  lookupOwned,
  OwnedRefs,
  ownedRefsQuery,
  type RefIds,
  refNotFound,
} from '../../common/access/owned-refs.js';
import { AppError } from '../../common/errors/app-error.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import {
  InteractionChanged,
  InteractionDeleted,
  type InteractionFacts,
  InteractionLogged,
  type LatestInteraction,
  type ParticipantJoined,
} from '../../common/events/events.js';
import { findOwned, ownedQuery } from '../../common/owned.js';
import { paginate, type Page, type PageQueryDto } from '../../common/pagination.js';
import { versionedSoftDelete, versionedUpdate } from '../../common/versioned-update.js';
import type { CreateInteractionDto, UpdateInteractionDto } from './dto/interaction.dto.js';
import { AskOutcome, Interaction, InteractionKind } from './interaction.entity.js';
import { CHANGE_NUMBER_SET, changeNumberCte, changeNumberTaken, takeChangeNumber } from '../../database/sync-clock.js';

/** An interaction as logged or changed, with the contacts who joined an inquiry because of it. */
export interface LoggedInteraction {
  interaction: Interaction;
  joined: ParticipantJoined[];
}

/** The columns an interaction is read back with after a raw write (snake_case, as stored). */
const INTERACTION_COLUMNS = `id, owner_id, contact_id, inquiry_id, kind, occurred_at, duration_minutes, outcome,
  responded_at, rating, summary, offered, created_at, updated_at, version, deleted_at, sync_seq`;

interface InteractionRow {
  id: string;
  owner_id: string;
  contact_id: string;
  inquiry_id: string | null;
  kind: InteractionKind;
  occurred_at: Date;
  duration_minutes: number | null;
  outcome: AskOutcome | null;
  responded_at: Date | null;
  rating: number | null;
  summary: string | null;
  offered: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  deleted_at: Date | null;
  sync_seq: string;
}

/** A row read with INTERACTION_COLUMNS, as the entity (what the mapper and the events read). */
function interactionOf(row: InteractionRow): Interaction {
  return Object.assign(new Interaction(), {
    id: row.id,
    ownerId: row.owner_id,
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
    deletedAt: row.deleted_at,
    syncSeq: row.sync_seq,
  });
}

/** PostgreSQL's foreign_key_violation (23503), as TypeORM's QueryFailedError carries it. */
function isForeignKeyViolation(error: unknown): boolean {
  const failed = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return (failed?.driverError?.code ?? failed?.code) === '23503';
}

function factsOf(interaction: Interaction): InteractionFacts {
  return {
    id: interaction.id,
    contactId: interaction.contactId,
    inquiryId: interaction.inquiryId,
    kind: interaction.kind,
    outcome: interaction.outcome,
    occurredAt: interaction.occurredAt,
  };
}

/**
 * Interactions own the `interaction` table. Their effects on other modules' tables (a participant's
 * stage, a contact's lastInteractionAt, references from insights and referrals) are domain events
 * handled by those modules in the same transaction.
 */
@Injectable()
export class InteractionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Logs an ask or a conversation and applies its effects in the same transaction: the contact's
   * participant in the inquiry moves forward (never back), or the contact joins the inquiry reached
   * directly (`joined`), and lastInteractionAt moves forward.
   */
  async create(ownerId: string, input: CreateInteractionDto): Promise<LoggedInteraction> {
    const ids: RefIds = { contacts: [input.contactId], inquiries: [input.inquiryId] };
    try {
      return await this.dataSource.transaction((manager) =>
        this.createWithin(manager, ownerId, input, ids, { takesChangeNumber: true }),
      );
    } catch (error) {
      // A contact or inquiry that doesn't exist (or is another user's) fails the insert's foreign key
      // before the check in the same statement can say so: the one access check then names the
      // first one missing, as it would have (the transaction has rolled back).
      if (!isForeignKeyViolation(error)) throw error;
      const missing = (await lookupOwned(this.dataSource.manager, ownerId, ids)).firstMissing(ids);
      throw missing ? refNotFound(missing) : error;
    }
  }

  /**
   * `create` inside the caller's transaction, which took the change number, or, with
   * `takesChangeNumber`, takes it in the insert's own statement (`changeNumberCte`: one round trip
   * less while the user's clock row is locked). The ids the input names are checked with the one
   * access check: by the caller beforehand (the debrief logs its conversation through it), or, given
   * `check`, in the insert's own statement (one round trip: the check's CTE and the INSERT see the
   * same snapshot, and a check that fails rolls the insert back).
   */
  async createWithin(
    manager: EntityManager,
    ownerId: string,
    input: CreateInteractionDto,
    check?: RefIds,
    options: { takesChangeNumber?: boolean } = {},
  ): Promise<LoggedInteraction> {
    const occurredAt = input.occurredAt ?? new Date();
    this.assertAskFields(input.kind, input.outcome, input.respondedAt, occurredAt, 'respondedAt');
    const refs = check ? ownedRefsQuery(check, 12) : null;
    // One INSERT … RETURNING, read into the entity's shape without TypeORM's save (no hydration, no
    // query building: this is the hot path of docs/performance.md). id, timestamps and version are
    // the columns' defaults, and so is the change number, unless this statement takes it: then it
    // comes from the `clock` CTE, as an INSERT … SELECT (Citus refuses a subquery in VALUES).
    const clock = options.takesChangeNumber === true;
    const insert = `INSERT INTO interaction (owner_id, contact_id, inquiry_id, kind, occurred_at, duration_minutes,
                                outcome, responded_at, rating, summary, offered${clock ? ', sync_seq' : ''})
       ${clock ? 'SELECT ' : 'VALUES ('}$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11${clock ? ', clock.seq FROM clock' : ')'}
       RETURNING ${INTERACTION_COLUMNS}`;
    const ctes = [
      ...(clock ? [changeNumberCte('$1')] : []),
      ...(refs ? [`refs AS (${refs.sql})`] : []),
      `inserted AS (${insert})`,
    ];
    const extra = [
      ...(refs ? [`(SELECT coalesce(json_agg(refs), '[]'::json) FROM refs) AS refs`] : []),
      ...(clock ? [`${CHANGE_NUMBER_SET} AS change_number`] : []),
    ];
    const rows: Array<InteractionRow & { refs?: FactRow[] }> = await manager.query(
      extra.length > 0 ? `WITH ${ctes.join(', ')} SELECT inserted.*, ${extra.join(', ')} FROM inserted` : insert,
      [
        ownerId,
        input.contactId,
        input.inquiryId ?? null,
        input.kind,
        occurredAt,
        input.durationMinutes ?? null,
        input.kind === InteractionKind.Ask ? (input.outcome ?? AskOutcome.Pending) : null,
        input.respondedAt ?? null,
        input.rating ?? null,
        input.summary ?? null,
        input.offered ?? null,
        ...(refs?.params ?? []),
      ],
    );
    if (check) {
      const missing = OwnedRefs.fromRows(rows[0].refs ?? []).firstMissing(check);
      if (missing) throw refNotFound(missing);
    }
    if (clock) await changeNumberTaken(manager, ownerId);
    const interaction = interactionOf(rows[0]);
    const event = new InteractionLogged(ownerId, factsOf(interaction));
    await this.events.publish(manager, event);
    return { interaction, joined: event.joined };
  }

  list(
    ownerId: string,
    page: PageQueryDto,
    filter: { contactId?: string; inquiryId?: string; kind?: InteractionKind },
  ): Promise<Page<Interaction>> {
    const query = ownedQuery(this.dataSource.manager, Interaction, 'interaction', ownerId);
    if (filter.contactId) query.andWhere('interaction.contactId = :contactId', { contactId: filter.contactId });
    if (filter.inquiryId) query.andWhere('interaction.inquiryId = :inquiryId', { inquiryId: filter.inquiryId });
    if (filter.kind) query.andWhere('interaction.kind = :kind', { kind: filter.kind });
    return paginate(query, 'interaction', page);
  }

  get(ownerId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Interaction> {
    return findOwned(manager, Interaction, ownerId, id, 'Interaction');
  }

  /**
   * Changes an interaction. Its new effects apply (a stage moves forward, e.g. an ask's outcome
   * arriving); stages never move back. lastInteractionAt is recomputed for the contacts involved.
   */
  update(
    ownerId: string,
    id: string,
    input: UpdateInteractionDto,
    expectedVersion?: number,
  ): Promise<LoggedInteraction> {
    return this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const before = await this.get(ownerId, id, manager);
      await assertOwned(manager, ownerId, {
        contacts: [input.contactId !== before.contactId ? input.contactId : undefined],
        inquiries: [input.inquiryId],
      });
      const kind = input.kind ?? before.kind;
      const outcome = input.outcome !== undefined ? input.outcome : before.outcome;
      this.assertAskFields(
        kind,
        outcome,
        input.respondedAt !== undefined ? input.respondedAt : before.respondedAt,
        input.occurredAt ?? before.occurredAt,
        input.respondedAt === undefined && input.occurredAt !== undefined ? 'occurredAt' : 'respondedAt',
      );
      const changes: Partial<Interaction> = { ...input };
      if (kind !== InteractionKind.Ask) changes.outcome = null;
      else if (!outcome) changes.outcome = AskOutcome.Pending;
      const updated = await versionedUpdate(
        manager,
        Interaction,
        { id, ownerId, expectedVersion, label: 'Interaction' },
        changes,
      );
      const latest = await this.latestWith(manager, ownerId, [before.contactId, updated.contactId]);
      const event = new InteractionChanged(ownerId, factsOf(before), factsOf(updated), latest);
      await this.events.publish(manager, event);
      return { interaction: updated, joined: event.joined };
    });
  }

  /** Deletes an interaction (soft). lastInteractionAt falls back to the latest remaining one; stages stay. */
  async remove(ownerId: string, id: string, expectedVersion?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await takeChangeNumber(manager, ownerId);
      const removed = await versionedSoftDelete(manager, Interaction, {
        id,
        ownerId,
        expectedVersion,
        label: 'Interaction',
      });
      const latest = await this.latestWith(manager, ownerId, [removed.contactId]);
      await this.events.publish(manager, new InteractionDeleted(ownerId, factsOf(removed), latest));
    });
  }

  /**
   * The thank-you a conversation makes due, by the agenda's rule (docs/agenda.md, "Thank-yous
   * owed"): only when it is the latest meeting or call with that person that has already happened,
   * at most 90 days ago, with no thank-you logged at or after it; due two days after it. One query.
   */
  async thankYouOwedFor(
    manager: EntityManager,
    ownerId: string,
    conversation: Interaction,
  ): Promise<{ interactionId: string; dueAt: Date } | null> {
    if (conversation.kind !== InteractionKind.Meeting && conversation.kind !== InteractionKind.Call) return null;
    const rows: Array<{ id: string; due_at: Date }> = await manager.query(
      `SELECT c.id, c.occurred_at + interval '2 days' AS due_at
         FROM interaction c
        WHERE c.owner_id = $1 AND c.contact_id = $2 AND c.deleted_at IS NULL
          AND c.kind IN ('meeting', 'call') AND c.occurred_at <= now()
          AND c.occurred_at > now() - interval '90 days'
          AND NOT EXISTS (SELECT 1 FROM interaction t
                           WHERE t.owner_id = c.owner_id AND t.contact_id = c.contact_id AND t.deleted_at IS NULL
                             AND t.kind = 'thank_you' AND t.occurred_at >= c.occurred_at)
        ORDER BY c.occurred_at DESC, c.id DESC
        LIMIT 1`,
      [ownerId, conversation.contactId],
    );
    const latest = rows[0];
    if (!latest || latest.id !== conversation.id) return null;
    return { interactionId: latest.id, dueAt: new Date(latest.due_at) };
  }

  /** When the latest live interaction with each of these contacts happened (one query). */
  private async latestWith(
    manager: EntityManager,
    ownerId: string,
    contactIds: string[],
  ): Promise<LatestInteraction[]> {
    const distinct = [...new Set(contactIds)];
    const rows: Array<{ contact_id: string; occurred_at: Date }> = await manager.query(
      `SELECT contact_id, max(occurred_at) AS occurred_at FROM interaction
        WHERE owner_id = $1 AND contact_id = ANY($2::uuid[]) AND deleted_at IS NULL
        GROUP BY contact_id`,
      [ownerId, distinct],
    );
    const latest = new Map(rows.map((row) => [row.contact_id, row.occurred_at]));
    return distinct.map((contactId) => ({ contactId, occurredAt: latest.get(contactId) ?? null }));
  }

  /**
   * Only asks have an outcome and a response time, and an answer can't come before the ask:
   * `respondedAt` before `occurredAt` is refused, naming the field the request sent (`respondedAt`
   * when both or it alone, `occurredAt` when a PATCH moves the ask after its stored answer).
   */
  private assertAskFields(
    kind: InteractionKind,
    outcome: AskOutcome | null | undefined,
    respondedAt: Date | null | undefined,
    occurredAt: Date,
    field: 'respondedAt' | 'occurredAt',
  ) {
    const errors = [];
    if (kind !== InteractionKind.Ask) {
      if (outcome) errors.push({ field: 'outcome', message: 'outcome is only for asks' });
      if (respondedAt) errors.push({ field: 'respondedAt', message: 'respondedAt is only for asks' });
    } else if (respondedAt && respondedAt.getTime() < occurredAt.getTime()) {
      errors.push(
        field === 'occurredAt'
          ? {
              field: 'occurredAt',
              message: `occurredAt must not be after the ask's respondedAt (${respondedAt.toISOString()})`,
            }
          : {
              field: 'respondedAt',
              message: 'respondedAt must not be before occurredAt (an answer comes after the ask)',
            },
      );
    }
    if (errors.length > 0) throw AppError.validation(errors);
  }
}
