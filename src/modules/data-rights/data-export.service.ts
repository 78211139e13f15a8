import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactProfilesChanged, InquiryInsightsRewritten } from '../../common/events/events.js';
import { isUuid } from '../../common/pagination.js';
import { ownerTransaction } from '../../database/sync-clock.js';
import { identityKeys } from '../contacts/contact-values.js';
import type { StoredValue } from '../contacts/contact.entity.js';
import {
  EXPORT_FORMAT,
  EXPORT_SECTIONS,
  EXPORT_VERSION,
  type ExportSection,
  UNEXPORTED_PROPERTIES,
} from './export-sections.js';

/** Rows read per keyset page while streaming an export. */
const EXPORT_PAGE = 500;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A user's data as one document and back (docs/data-rights.md). A read model over every module's
 * tables for the export; the import is, with erasure, the one place that writes other modules'
 * tables directly: it restores rows exactly as they were exported (ids, versions, timestamps),
 * which no module's create route can do, in one transaction and one set-based INSERT per table.
 */
@Injectable()
export class DataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /**
   * The export, as JSON text in pieces: written as it is read, one keyset page of one table at a
   * time, from one REPEATABLE READ snapshot (so the document is consistent even while the user
   * writes). The connection is released when the stream ends or the client goes away.
   */
  async *stream(ownerId: string): AsyncGenerator<string> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const manager = runner.manager;
      const [user] = await manager.query<
        Array<{ id: string; email: string; name: string; role: string; created_at: Date; updated_at: Date }>
      >(`SELECT id, email, name, role, created_at, updated_at FROM app_user WHERE id = $1`, [ownerId]);
      if (!user) throw AppError.notFound('User');
      const head = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date().toISOString(),
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          createdAt: user.created_at.toISOString(),
          updatedAt: user.updated_at.toISOString(),
        },
      };
      yield JSON.stringify(head).slice(0, -1);
      for (const section of EXPORT_SECTIONS) {
        yield `,${JSON.stringify(section.name)}:[`;
        let first = true;
        for await (const rows of this.pages(manager, section, ownerId)) {
          const text = rows.map((row) => JSON.stringify(row)).join(',');
          yield first ? text : `,${text}`;
          first = false;
        }
        yield ']';
      }
      const keys = await manager.query<
        Array<{
          id: string;
          name: string;
          prefix: string;
          last_used_at: Date | null;
          created_at: Date;
          deleted_at: Date | null;
        }>
      >(
        `SELECT id, name, prefix, last_used_at, created_at, deleted_at FROM api_key WHERE owner_id = $1 ORDER BY created_at, id`,
        [ownerId],
      );
      const apiKeys = keys.map((key) => ({
        id: key.id,
        name: key.name,
        prefix: key.prefix,
        lastUsedAt: key.last_used_at?.toISOString() ?? null,
        createdAt: key.created_at.toISOString(),
        revokedAt: key.deleted_at?.toISOString() ?? null,
      }));
      yield `,"apiKeys":${JSON.stringify(apiKeys)}}`;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * Restores an export into the caller's account, which must hold no data yet (409
   * `account_not_empty`): every row keeps its id, version and timestamps, so every reference in the
   * document stays true. One transaction; one INSERT per table (`jsonb_populate_recordset` over the
   * section, so no bind-parameter limit applies).
   */
  async import(ownerId: string, document: unknown): Promise<Record<string, number>> {
    const sections = this.validate(document);
    return ownerTransaction(this.dataSource, ownerId, async (manager) => {
      const checks = EXPORT_SECTIONS.map(({ table }) => `EXISTS (SELECT 1 FROM "${table}" WHERE owner_id = $1)`);
      const [state] = await manager.query<
        Array<{
          has_data: boolean;
        }>
      >(`SELECT ${checks.join(' OR ')} AS has_data`, [ownerId]);
      if (state?.has_data) {
        throw new AppError(
          ErrorCode.AccountNotEmpty,
          'This account already holds data: import an export into a new, empty account (or delete its data first).',
        );
      }
      const imported: Record<string, number> = {};
      for (const section of EXPORT_SECTIONS) {
        const rows = sections.get(section.name) ?? [];
        imported[section.name] = rows.length;
        if (rows.length === 0) continue;
        await this.insertSection(manager, section, ownerId, rows);
      }
      await this.insertIdentities(manager, ownerId, sections.get('contacts') ?? []);
      // The read models that count insights (analytics) count the restored ones.
      const inquiries = new Set((sections.get('insights') ?? []).map((row) => String(row.inquiryId)));
      if (inquiries.size > 0) await this.events.publish(manager, new InquiryInsightsRewritten(ownerId, [...inquiries]));
      // The participants' contact summary (derived, so not in the document) from the restored contacts.
      const participantContacts = new Set((sections.get('participants') ?? []).map((row) => String(row.contactId)));
      if (participantContacts.size > 0) {
        await this.events.publish(manager, new ContactProfilesChanged(ownerId, [...participantContacts]));
      }
      return imported;
    });
  }

  /**
   * The identity keys of the restored live contacts (`contact_identity` is derived, so the export
   * leaves it out): without them the unique email and LinkedIn keys and import dedupe would not see
   * the restored people. The oldest contact first; a key an older one already holds is left out, as
   * the contact-values migration did (`GET /v1/contacts/duplicates` lists such pairs).
   */
  private async insertIdentities(
    manager: EntityManager,
    ownerId: string,
    contacts: Array<Record<string, unknown>>,
  ): Promise<void> {
    const live = contacts
      .filter((contact) => contact.deletedAt === null || contact.deletedAt === undefined)
      .sort(
        (x, y) => String(x.createdAt).localeCompare(String(y.createdAt)) || String(x.id).localeCompare(String(y.id)),
      );
    // The document was checked for shape, not its lists' items: only text values give keys.
    const values = (list: unknown): StoredValue[] =>
      Array.isArray(list)
        ? list.filter((item): item is StoredValue => typeof (item as StoredValue | null)?.value === 'string')
        : [];
    const rows = live.flatMap((contact) =>
      identityKeys({ emails: values(contact.emails), phones: values(contact.phones), urls: values(contact.urls) }).map(
        (key) => ({ ...key, contactId: contact.id as string }),
      ),
    );
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO contact_identity (owner_id, kind, value, contact_id)
       SELECT $1, kind, value, contact_id FROM unnest($2::text[], $3::text[], $4::uuid[]) WITH ORDINALITY AS k(kind, value, contact_id, n)
        ORDER BY n
       ON CONFLICT DO NOTHING`,
      [ownerId, rows.map((row) => row.kind), rows.map((row) => row.value), rows.map((row) => row.contactId)],
    );
  }

  private columnsOf(section: ExportSection): ColumnMetadata[] {
    return this.dataSource
      .getMetadata(section.target)
      .columns.filter(
        (column) => !UNEXPORTED_PROPERTIES.has(column.propertyName) && !section.derived?.includes(column.propertyName),
      );
  }

  private async *pages(manager: EntityManager, section: ExportSection, ownerId: string) {
    const columns = this.columnsOf(section);
    let after: string | null = null;
    for (;;) {
      const query = manager
        .createQueryBuilder(section.target, 'row')
        .withDeleted()
        .where('row.ownerId = :ownerId', { ownerId })
        .orderBy('row.id', 'ASC')
        .limit(EXPORT_PAGE);
      if (after !== null) query.andWhere('row.id > :after', { after });
      const rows = await query.getMany();
      if (rows.length === 0) return;
      yield rows.map((row) => {
        const out: Record<string, unknown> = {};
        for (const column of columns) {
          const value = column.getEntityValue(row) as unknown;
          out[column.propertyName] = value instanceof Date ? value.toISOString() : (value ?? null);
        }
        return out;
      });
      if (rows.length < EXPORT_PAGE) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Checks the document's shape (format, version, every section, every row's fields); 400 naming the place. */
  private validate(document: unknown): Map<string, Array<Record<string, unknown>>> {
    const fail = (field: string, message: string) => AppError.validation([{ field, message }]);
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      throw fail('body', 'the body must be a Snowball export (a JSON object)');
    }
    const doc = document as Record<string, unknown>;
    if (doc.format !== EXPORT_FORMAT) throw fail('format', `format must be "${EXPORT_FORMAT}"`);
    if (doc.version !== EXPORT_VERSION) {
      throw fail('version', `version must be ${EXPORT_VERSION}; this server reads format version ${EXPORT_VERSION}`);
    }
    const sections = new Map<string, Array<Record<string, unknown>>>();
    for (const section of EXPORT_SECTIONS) {
      const rows = doc[section.name];
      if (!Array.isArray(rows)) throw fail(section.name, `${section.name} must be a list`);
      const columns = this.columnsOf(section);
      const names = new Set(columns.map((column) => column.propertyName));
      rows.forEach((row: unknown, index) => {
        const at = `${section.name}[${index}]`;
        if (typeof row !== 'object' || row === null || Array.isArray(row)) throw fail(at, `${at} must be an object`);
        const record = row as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          if (!names.has(key)) throw fail(`${at}.${key}`, `${at} has an unknown field ${key}`);
        }
        for (const column of columns) {
          const value = record[column.propertyName];
          const field = `${at}.${column.propertyName}`;
          if (value === undefined) throw fail(field, `${field} is missing`);
          if (value === null) {
            if (!column.isNullable) throw fail(field, `${field} must not be null`);
            continue;
          }
          if (column.type === 'uuid' && !column.isArray && (typeof value !== 'string' || !isUuid(value))) {
            throw fail(field, `${field} must be a UUID`);
          }
          if (column.type === 'timestamptz' && (typeof value !== 'string' || !TIMESTAMP.test(value))) {
            throw fail(field, `${field} must be an ISO 8601 timestamp with a zone`);
          }
          if (typeof value === 'string' && value.includes('\u0000')) {
            throw fail(field, `${field} must not contain NUL characters`);
          }
        }
      });
      sections.set(section.name, rows as Array<Record<string, unknown>>);
    }
    return sections;
  }

  private async insertSection(
    manager: EntityManager,
    section: ExportSection,
    ownerId: string,
    rows: Array<Record<string, unknown>>,
  ): Promise<void> {
    const columns = this.columnsOf(section);
    const json = rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const column of columns) out[column.databaseName] = row[column.propertyName];
      return out;
    });
    const names = columns.map((column) => `"${column.databaseName}"`);
    try {
      await manager.query(
        `INSERT INTO "${section.table}" (owner_id, sync_seq, ${names.join(', ')})
         SELECT $1, snowball_sync_seq(), ${names.map((name) => `r.${name}`).join(', ')}
           FROM jsonb_populate_recordset(NULL::"${section.table}", $2::jsonb) AS r`,
        [ownerId, JSON.stringify(json)],
      );
    } catch (error) {
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      // A value of the wrong type or out of range (22…), or a row breaking a rule of the data (23…:
      // a reference to a row the document lacks, a duplicate id): the document is not a valid export.
      if (code?.startsWith('22') || code?.startsWith('23')) {
        throw AppError.validation([
          {
            field: section.name,
            message: `${section.name} holds a row that is not valid (a value of the wrong type, a duplicate id, or a reference to a row the export lacks)`,
          },
        ]);
      }
      throw error;
    }
  }
}
