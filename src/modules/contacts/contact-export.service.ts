/**
 * `GET /v1/contacts/export?format=csv|vcard` (docs/import-export.md): every live contact with all
 * its values, streamed: keyset pages of contacts read one after the other and written to the reply
 * as they come, never the whole file in memory.
 */
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { contactToVcard, csvHeader, csvRow, type CsvShape, type ExportContact } from '../imports/export.js';
import type { StoredValue } from './contact.entity.js';

export type ExportFormat = 'csv' | 'vcard';

/** Contacts read per query. */
const PAGE_SIZE = 500;

interface ExportRow {
  id: string;
  created_at: Date;
  name: string;
  organization: string | null;
  title: string | null;
  notes: string | null;
  tags: string[];
  emails: StoredValue[];
  phones: StoredValue[];
  urls: StoredValue[];
  seniority: ExportContact['seniority'];
  same_organization: boolean | null;
  responsibilities: string | null;
  interests: string | null;
  can_offer: string | null;
  keep_in_touch_days: number | null;
}

const toExport = (row: ExportRow): ExportContact => ({
  id: row.id,
  name: row.name,
  organization: row.organization,
  title: row.title,
  notes: row.notes,
  tags: row.tags,
  emails: row.emails,
  phones: row.phones,
  urls: row.urls,
  seniority: row.seniority,
  sameOrganization: row.same_organization,
  responsibilities: row.responsibilities,
  interests: row.interests,
  canOffer: row.can_offer,
  keepInTouchDays: row.keep_in_touch_days,
});

@Injectable()
export class ContactExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The export as a stream of text chunks (a header first for CSV, then one chunk per page). */
  stream(ownerId: string, format: ExportFormat): Readable {
    return Readable.from(this.chunks(ownerId, format), { objectMode: false });
  }

  private async *chunks(ownerId: string, format: ExportFormat): AsyncGenerator<string> {
    let shape: CsvShape | undefined;
    if (format === 'csv') {
      // The CSV has as many E-mail/Phone/Website columns as the contact with the most needs.
      const [most]: Array<{ emails: number; phones: number; urls: number }> = await this.dataSource.query(
        `SELECT coalesce(max(jsonb_array_length(emails)), 0)::int AS emails,
                coalesce(max(jsonb_array_length(phones)), 0)::int AS phones,
                coalesce(max(jsonb_array_length(urls)), 0)::int AS urls
           FROM contact WHERE owner_id = $1 AND deleted_at IS NULL`,
        [ownerId],
      );
      shape = { emails: Math.max(1, most.emails), phones: Math.max(1, most.phones), urls: Math.max(1, most.urls) };
      yield stringify([csvHeader(shape)], { record_delimiter: 'windows' });
    }
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const rows: ExportRow[] = await this.dataSource.query(
        `SELECT id, created_at, name, organization, title, notes, tags, emails, phones, urls, seniority::text AS seniority,
                same_organization, responsibilities, interests, can_offer, keep_in_touch_days
           FROM contact
          WHERE owner_id = $1 AND deleted_at IS NULL
            AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
          ORDER BY created_at, id
          LIMIT $4`,
        [ownerId, after?.at ?? null, after?.id ?? null, PAGE_SIZE],
      );
      if (rows.length === 0) return;
      const contacts = rows.map(toExport);
      yield shape
        ? stringify(
            contacts.map((contact) => csvRow(contact, shape)),
            { record_delimiter: 'windows' },
          )
        : contacts.map(contactToVcard).join('');
      if (rows.length < PAGE_SIZE) return;
      const last = rows[rows.length - 1];
      after = { at: last.created_at, id: last.id };
    }
  }
}
