/**
 * `POST /v1/contacts/import` (docs/import-export.md): a file parsed by the imports module, matched
 * against the user's contacts by their identity keys, then written as one transaction with
 * set-based SQL (one lookup of every key with `unnest`, one INSERT of every new contact, one UPDATE
 * of every changed one, one INSERT of every new key), whatever the number of rows.
 */
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { DomainEvents } from '../../common/events/domain-events.js';
import { ContactProfilesChanged } from '../../common/events/events.js';
import { ownerTransaction } from '../../database/sync-clock.js';
import { detectImportFormat, type ImportFormat } from '../imports/detect.js';
import { ImportCapError, ImportFileError } from '../imports/import-limits.js';
import { decodeImportText } from '../imports/import-text.js';
import { linkedinSlug, nameKey } from '../imports/normalize.js';
import { parseImport } from '../imports/parse-import.js';
import type { ParsedPerson, RowIssue } from '../imports/person.js';
import type { StoredValue } from './contact.entity.js';

export interface PossibleDuplicate {
  /** The file's line of the row. */
  line: number;
  name: string;
  /** The contact the row was imported as (null on a dry run for a contact not yet created). */
  importedAs: string | null;
  /** The contact it likely is: an existing one, or the one an earlier row of the file was imported as (null on a dry run). */
  contactId: string | null;
  contactName: string;
  /** The line of that earlier row when the other is a row of the same file; null for an existing contact. */
  contactLine: number | null;
  reason: string;
}

export interface FieldDifference {
  line: number;
  contactId: string;
  field: string;
  current: unknown;
  incoming: unknown;
}

export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  possibleDuplicates: PossibleDuplicate[];
  differences: FieldDifference[];
  errors: RowIssue[];
}

/** The fields an import may fill on an existing contact (never overwrite). */
const FILLABLE = [
  ['organization', 'organization'],
  ['title', 'title'],
  ['notes', 'notes'],
  ['connectedOn', 'connected_on'],
  ['seniority', 'seniority'],
  ['sameOrganization', 'same_organization'],
  ['responsibilities', 'responsibilities'],
  ['interests', 'interests'],
  ['canOffer', 'can_offer'],
  ['keepInTouchDays', 'keep_in_touch_days'],
] as const;

type Fillable = (typeof FILLABLE)[number][0];

/** A contact as the import holds it while it works (existing, or to be created). */
interface Working {
  id: string;
  isNew: boolean;
  /** The file line that created it (new contacts). */
  line: number | null;
  changed: boolean;
  name: string;
  fields: Record<Fillable, unknown>;
  tags: string[];
  emails: StoredValue[];
  phones: StoredValue[];
  urls: StoredValue[];
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  /** Keys added by this import (all of them for a new contact). */
  newKeys: Array<[string, string]>;
  /** An existing contact whose organisation, seniority or inside/outside this import filled (read models keep them). */
  profileFilled?: boolean;
}

interface ExistingRow {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  notes: string | null;
  connected_on: string | null;
  seniority: string | null;
  same_organization: boolean | null;
  responsibilities: string | null;
  interests: string | null;
  can_offer: string | null;
  keep_in_touch_days: number | null;
  tags: string[];
  emails: StoredValue[];
  phones: StoredValue[];
  urls: StoredValue[];
  email: string | null;
  phone: string | null;
  linkedin_url: string | null;
}

/** The identity keys of a parsed person, in matching order: emails, LinkedIn profiles, phones. */
function keysOf(person: ParsedPerson): Array<[string, string]> {
  const keys: Array<[string, string]> = [];
  for (const email of person.emails) keys.push(['email', email.value]);
  for (const url of person.urls) if (url.linkedinSlug) keys.push(['linkedin', url.linkedinSlug]);
  for (const phone of person.phones) if (phone.e164) keys.push(['phone', phone.e164]);
  return keys;
}

const keyString = ([kind, value]: [string, string]) => `${kind}\u0000${value}`;
/** Email addresses and LinkedIn profiles tell people apart; a phone may be shared (a switchboard, a family landline). */
const isStrong = ([kind]: [string, string]) => kind !== 'phone';
const stored = (values: Array<{ value: string; label: string | null; primary: boolean }>): StoredValue[] =>
  values.map(({ value, label, primary }) => ({ value, label, primary }));
const primaryValue = (values: StoredValue[]) => values.find((value) => value.primary)?.value ?? null;
const linkedinOf = (urls: StoredValue[]) => {
  const profiles = urls.filter((url) => linkedinSlug(url.value) !== null);
  return (profiles.find((url) => url.primary) ?? profiles[0])?.value ?? null;
};

function incomingField(person: ParsedPerson, field: Fillable): unknown {
  switch (field) {
    case 'organization':
    case 'title':
    case 'notes':
      return person[field];
    case 'connectedOn':
      return person.connectedOn;
    default:
      return person.extra[field] ?? null;
  }
}

@Injectable()
export class ContactImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async import(
    ownerId: string,
    upload: { bytes: Buffer; contentType: string },
    options: { dryRun: boolean; defaultRegion?: string },
  ): Promise<ImportReport> {
    const { format, people, issues } = this.parse(upload, options.defaultRegion);
    const run = (manager: EntityManager) => this.apply(manager, ownerId, format, people, issues, options.dryRun);
    return options.dryRun ? run(this.dataSource.manager) : ownerTransaction(this.dataSource, ownerId, run);
  }

  private parse(
    upload: { bytes: Buffer; contentType: string },
    defaultRegion: string | undefined,
  ): { format: ImportFormat; people: ParsedPerson[]; issues: RowIssue[] } {
    try {
      const text = decodeImportText(upload.bytes);
      const detected = detectImportFormat(text, upload.contentType);
      if (!detected.ok) throw new AppError(ErrorCode.ImportUnreadable, detected.message);
      const parsed = parseImport(detected.format, text, { defaultRegion });
      const issues = [...parsed.errors, ...parsed.warnings].sort((a, b) => a.line - b.line);
      return { format: detected.format, people: parsed.people, issues };
    } catch (error) {
      if (error instanceof ImportCapError) {
        throw new AppError(
          error.cap === 'size' ? ErrorCode.PayloadTooLarge : ErrorCode.ImportTooManyRows,
          error.message,
        );
      }
      if (error instanceof ImportFileError) throw new AppError(ErrorCode.ImportUnreadable, error.message);
      throw error;
    }
  }

  private async apply(
    manager: EntityManager,
    ownerId: string,
    format: ImportFormat,
    people: ParsedPerson[],
    issues: RowIssue[],
    dryRun: boolean,
  ): Promise<ImportReport> {
    const report: ImportReport = {
      format,
      dryRun,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      possibleDuplicates: [],
      differences: [],
      errors: [...issues],
    };
    // Errors are rows skipped; warnings are about people kept. A skipped row has no person.
    const personLines = new Set(people.map((person) => person.line));
    report.skipped = new Set(issues.map((issue) => issue.line).filter((line) => !personLines.has(line))).size;

    const personKeys = people.map(keysOf);
    const byKey = new Map<string, Working>();
    const existing = await this.lookup(manager, ownerId, personKeys.flat());
    for (const [key, working] of existing) byKey.set(key, working);

    // Rows with nothing to recognise them by are matched by name within the file too.
    const anyKeyless = personKeys.some((keys) => keys.length === 0);
    const createdNames = new Map<string, Working>();
    const loaded = new Map<string, Working>([...existing.values()].map((working) => [working.id, working]));
    const created: Working[] = [];
    const createdIds = new Set<string>();

    // Names (with organisation) of the user's contacts, for likely matches, read once (never the
    // contacts this import creates, whenever the read runs).
    let existingNames: Promise<Map<string, { id: string; name: string }>> | undefined;
    const names = (only?: string[]) => (existingNames ??= this.names(manager, ownerId, createdIds, only));
    // When every row has a key, names change nothing that is written, only what is reported: they
    // are then read once, for the keys wanted, just before the write.
    const namesLater = !anyKeyless;
    const likelyExisting: Array<{ person: ParsedPerson; working: Working; key: string }> = [];
    const reportLikely = (person: ParsedPerson, working: Working, named: { id: string; name: string }) =>
      report.possibleDuplicates.push({
        line: person.line,
        name: person.name,
        importedAs: dryRun ? null : working.id,
        contactId: named.id,
        contactName: named.name,
        contactLine: null,
        reason: 'Same name at the same organisation.',
      });

    for (const [index, person] of people.entries()) {
      const keys = personKeys[index];
      const matches = [...new Set(keys.map((key) => byKey.get(keyString(key))).filter((w): w is Working => !!w))];
      let target: Working | undefined = matches[0];
      let likelyKey: string | null | undefined;
      // A row of this file matched only by a phone, each with its own email or profile: two people
      // sharing a number, reported as a possible duplicate rather than folded.
      let sharesPhone: Working | undefined;
      if (
        target?.isNew &&
        keys.some(isStrong) &&
        target.newKeys.some(isStrong) &&
        !keys.some((key) => isStrong(key) && byKey.get(keyString(key)) === target)
      ) {
        sharesPhone = target;
        target = undefined;
      }
      if (!target && keys.length === 0) {
        // Nothing to recognise the row by: the same name at the same organisation is the same person
        // (or re-importing such a file would create everyone again).
        likelyKey = nameKey(person.name, person.organization);
        const earlier = likelyKey ? createdNames.get(likelyKey) : undefined;
        const named = likelyKey && !earlier ? (await names()).get(likelyKey) : undefined;
        if (earlier) target = earlier;
        else if (named) target = loaded.get(named.id) ?? (await this.load(manager, ownerId, named.id, loaded));
      }
      if (target?.isNew) {
        // The same person as an earlier row of this file: its values join that row's.
        this.fill(target, person, keys, byKey, report);
        report.skipped++;
        report.errors.push({
          line: person.line,
          message: `The same person as line ${target.line}: this row's values were added to that one.`,
        });
        continue;
      }
      if (target) {
        for (const other of matches.slice(1)) {
          report.possibleDuplicates.push({
            line: person.line,
            name: person.name,
            importedAs: target.id,
            contactId: other.id,
            contactName: other.name,
            contactLine: null,
            reason: 'The row matches several contacts (by different email addresses, phones or profiles).',
          });
        }
        if (this.fill(target, person, keys, byKey, report)) report.updated++;
        else report.unchanged++;
        continue;
      }

      const working = this.create(person, keys);
      created.push(working);
      createdIds.add(working.id);
      // A shared phone stays the key of the earlier contact (the oldest with a phone wins, as in lookup).
      for (const key of keys) if (!byKey.has(keyString(key))) byKey.set(keyString(key), working);
      report.created++;
      const inFile = (other: Working, reason: string) =>
        report.possibleDuplicates.push({
          line: person.line,
          name: person.name,
          importedAs: dryRun ? null : working.id,
          contactId: dryRun ? null : other.id,
          contactName: other.name,
          contactLine: other.line,
          reason,
        });
      if (sharesPhone) {
        const phone = keys.find(
          ([kind, value]) => kind === 'phone' && byKey.get(keyString([kind, value])) === sharesPhone,
        );
        inFile(sharesPhone, `Shares the phone number ${phone?.[1] ?? ''} with line ${sharesPhone.line} of this file.`);
      }
      likelyKey ??= nameKey(person.name, person.organization);
      if (!likelyKey) continue;
      const earlier = createdNames.get(likelyKey);
      if (earlier) inFile(earlier, `Same name at the same organisation as line ${earlier.line} of this file.`);
      else createdNames.set(likelyKey, working);
      if (namesLater) likelyExisting.push({ person, working, key: likelyKey });
      else {
        const named = (await names()).get(likelyKey);
        if (named) reportLikely(person, working, named);
      }
    }
    report.errors.sort((a, b) => a.line - b.line);
    const changed = [...loaded.values()].filter((w) => w.changed);
    if (likelyExisting.length > 0) {
      // The names first, then the write, one statement at a time on the transaction's connection
      // (node-postgres deprecates queueing a query behind another on one client; pg@9 removes it).
      const named = await names(likelyExisting.map(({ key }) => key));
      if (!dryRun) await this.write(manager, ownerId, created, changed);
      for (const { person, working, key } of likelyExisting) {
        const other = named.get(key);
        if (other) reportLikely(person, working, other);
      }
    } else if (!dryRun) await this.write(manager, ownerId, created, changed);
    // Read models that keep a contact's summary beside their rows (analytics, participants) refresh it.
    const profiles = changed.filter((working) => working.profileFilled).map((working) => working.id);
    if (!dryRun && profiles.length > 0) {
      await this.events.publish(manager, new ContactProfilesChanged(ownerId, profiles));
    }
    // In the order of the file (stable: for one line, the reasons in the order they were found).
    report.possibleDuplicates.sort((a, b) => a.line - b.line);
    return report;
  }

  /**
   * The user's live contacts by `nameKey`, the oldest first for each key; `skip`: contacts this
   * import creates. With `only` (the keys wanted), the database leaves out the contacts that can't
   * have one of them (see `plainCandidates`), so a user's 100,000 contacts are not all read.
   */
  private async names(
    manager: EntityManager,
    ownerId: string,
    skip: Set<string>,
    only?: string[],
  ): Promise<Map<string, { id: string; name: string }>> {
    const candidates = only && plainCandidates(only);
    const rows: Array<{ id: string; name: string; organization: string | null }> = candidates
      ? await manager.query(
          `SELECT id, name, organization FROM contact
            WHERE owner_id = $1 AND deleted_at IS NULL
              AND (lower(name) || '|' || lower(coalesce(organization, '')) IN (SELECT unnest($2::text[]))
                   OR lower(name) || '|' || lower(coalesce(organization, '')) !~ $3)
            ORDER BY created_at, id`,
          [ownerId, candidates, PLAIN_NAME_AND_ORGANIZATION],
        )
      : await manager.query(
          `SELECT id, name, organization FROM contact WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at, id`,
          [ownerId],
        );
    const byName = new Map<string, { id: string; name: string }>();
    for (const row of rows) {
      if (skip.has(row.id)) continue;
      const key = nameKey(row.name, row.organization);
      if (key && !byName.has(key)) byName.set(key, { id: row.id, name: row.name });
    }
    return byName;
  }

  /** Every contact holding one of `keys`, in one query: key → the contact. */
  private async lookup(
    manager: EntityManager,
    ownerId: string,
    keys: Array<[string, string]>,
  ): Promise<Map<string, Working>> {
    const found = new Map<string, Working>();
    if (keys.length === 0) return found;
    const unique = [...new Map(keys.map((key) => [keyString(key), key])).values()];
    // The keys first (small rows), then each contact once, however many keys it matched by.
    const hits: Array<{ kind: string; value: string; contact_id: string }> = await manager.query(
      `SELECT i.kind, i.value, i.contact_id
         FROM unnest($2::text[], $3::text[]) AS k(kind, value)
         JOIN contact_identity i ON i.owner_id = $1 AND i.kind = k.kind AND i.value = k.value`,
      [ownerId, unique.map(([kind]) => kind), unique.map(([, value]) => value)],
    );
    if (hits.length === 0) return found;
    const rows: ExistingRow[] = await manager.query(
      `SELECT id, name, organization, title, notes, connected_on::text AS connected_on, seniority::text AS seniority,
              same_organization, responsibilities, interests, can_offer, keep_in_touch_days, tags, emails, phones,
              urls, email, phone, linkedin_url
         FROM contact WHERE owner_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL
        ORDER BY created_at, id`,
      [ownerId, [...new Set(hits.map((hit) => hit.contact_id))]],
    );
    const byId = new Map(rows.map((row) => [row.id, this.fromRow(row)]));
    // Phones may be shared: the oldest contact with the key wins (rows are in creation order).
    const rank = new Map(rows.map((row, index) => [row.id, index]));
    hits.sort((a, b) => (rank.get(a.contact_id) ?? 0) - (rank.get(b.contact_id) ?? 0));
    for (const hit of hits) {
      const working = byId.get(hit.contact_id);
      const key = keyString([hit.kind, hit.value]);
      if (working && !found.has(key)) found.set(key, working);
    }
    return found;
  }

  private async load(
    manager: EntityManager,
    ownerId: string,
    id: string,
    loaded: Map<string, Working>,
  ): Promise<Working> {
    const [row]: ExistingRow[] = await manager.query(
      `SELECT id, name, organization, title, notes, connected_on::text AS connected_on, seniority::text AS seniority,
              same_organization, responsibilities, interests, can_offer, keep_in_touch_days, tags, emails, phones,
              urls, email, phone, linkedin_url
         FROM contact WHERE owner_id = $1 AND id = $2`,
      [ownerId, id],
    );
    const working = this.fromRow(row);
    loaded.set(id, working);
    return working;
  }

  private fromRow(row: ExistingRow): Working {
    return {
      id: row.id,
      isNew: false,
      line: null,
      changed: false,
      name: row.name,
      fields: Object.fromEntries(FILLABLE.map(([field, column]) => [field, row[column]])) as Record<Fillable, unknown>,
      tags: row.tags,
      emails: row.emails,
      phones: row.phones,
      urls: row.urls,
      email: row.email,
      phone: row.phone,
      linkedinUrl: row.linkedin_url,
      newKeys: [],
    };
  }

  private create(person: ParsedPerson, keys: Array<[string, string]>): Working {
    const emails = stored(person.emails);
    const phones = stored(person.phones);
    const urls = stored(person.urls);
    return {
      id: randomUUID(),
      isNew: true,
      line: person.line,
      changed: true,
      name: person.name,
      fields: Object.fromEntries(FILLABLE.map(([field]) => [field, incomingField(person, field)])) as Record<
        Fillable,
        unknown
      >,
      tags: person.tags,
      emails,
      phones,
      urls,
      email: primaryValue(emails),
      phone: primaryValue(phones),
      linkedinUrl:
        (person.urls.find((url) => url.linkedinSlug && url.primary) ?? person.urls.find((url) => url.linkedinSlug))
          ?.value ?? null,
      newKeys: [...new Map(keys.map((key) => [keyString(key), key])).values()],
    };
  }

  /**
   * Fills what `target` lacks from the row: empty fields, missing tags and values (never the
   * primary ones, never a value another contact is recognised by). A field that differs is
   * reported, not changed. Answers whether anything was added.
   */
  private fill(
    target: Working,
    person: ParsedPerson,
    keys: Array<[string, string]>,
    byKey: Map<string, Working>,
    report: ImportReport,
  ): boolean {
    let changed = false;
    const differs = (field: string, current: unknown, incoming: unknown) => {
      if (!target.isNew) report.differences.push({ line: person.line, contactId: target.id, field, current, incoming });
    };
    if (person.name !== target.name) differs('name', target.name, person.name);
    for (const [field] of FILLABLE) {
      const incoming = incomingField(person, field);
      if (incoming === null || incoming === undefined) continue;
      const current = target.fields[field];
      if (current === null || current === undefined) {
        target.fields[field] = incoming;
        changed = true;
        if (!target.isNew && (field === 'organization' || field === 'seniority' || field === 'sameOrganization')) {
          target.profileFilled = true;
        }
      } else if (current !== incoming) differs(field, current, incoming);
    }
    const newTags = person.tags.filter((tag) => !target.tags.includes(tag));
    if (newTags.length > 0 && target.tags.length + newTags.length <= 50) {
      target.tags = [...target.tags, ...newTags];
      changed = true;
    }
    // Keys of the row that belong to another contact stay with it.
    const foreign = new Set(
      keys.filter((key) => byKey.has(keyString(key)) && byKey.get(keyString(key)) !== target).map(keyString),
    );
    const add = (list: StoredValue[], value: { value: string; label: string | null }, key: [string, string] | null) => {
      if (list.some((item) => item.value === value.value)) return list;
      if (key && foreign.has(keyString(key))) return list;
      if (list.length >= 20) return list;
      changed = true;
      if (key) {
        byKey.set(keyString(key), target);
        target.newKeys.push(key);
      }
      return [...list, { value: value.value, label: value.label, primary: list.length === 0 }];
    };
    for (const email of person.emails) target.emails = add(target.emails, email, ['email', email.value]);
    for (const phone of person.phones)
      target.phones = add(target.phones, phone, phone.e164 ? ['phone', phone.e164] : null);
    for (const url of person.urls) {
      target.urls = add(target.urls, url, url.linkedinSlug ? ['linkedin', url.linkedinSlug] : null);
    }
    // The single fields are the primary values: filled when empty, never replaced.
    target.email ??= primaryValue(target.emails);
    target.phone ??= primaryValue(target.phones);
    target.linkedinUrl ??= linkedinOf(target.urls);
    if (changed) target.changed = true;
    return changed;
  }

  /**
   * Every new contact in one INSERT, every changed one in one UPDATE, every new key in one INSERT,
   * each taking its rows as typed arrays (`unnest`), one per column.
   */
  private async write(manager: EntityManager, ownerId: string, created: Working[], changed: Working[]): Promise<void> {
    const columns = (rows: Working[]) => [
      rows.map((w) => w.id),
      rows.map((w) => w.name),
      ...FILLABLE.map(([field]) => rows.map((w) => w.fields[field] ?? null)),
      rows.map((w) => JSON.stringify(w.tags)),
      rows.map((w) => JSON.stringify(w.emails)),
      rows.map((w) => JSON.stringify(w.phones)),
      rows.map((w) => JSON.stringify(w.urls)),
      rows.map((w) => w.email),
      rows.map((w) => w.phone),
      rows.map((w) => w.linkedinUrl),
    ];
    const rowsOf = `unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::seniority[],
        $9::boolean[], $10::text[], $11::text[], $12::text[], $13::integer[], $14::jsonb[], $15::jsonb[], $16::jsonb[],
        $17::jsonb[], $18::text[], $19::text[], $20::text[])
      AS r(id, name, organization, title, notes, connected_on, seniority, same_organization, responsibilities,
           interests, can_offer, keep_in_touch_days, tags, emails, phones, urls, email, phone, linkedin_url)`;
    for (const chunk of chunks(created, 5000)) {
      await manager.query(
        `INSERT INTO contact (owner_id, id, name, organization, title, notes, connected_on, seniority, same_organization,
                              responsibilities, interests, can_offer, keep_in_touch_days, tags, emails, phones, urls,
                              email, phone, linkedin_url)
         SELECT $1, r.id, r.name, r.organization, r.title, r.notes, r.connected_on, r.seniority, r.same_organization,
                r.responsibilities, r.interests, r.can_offer, r.keep_in_touch_days,
                ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.emails, r.phones, r.urls, r.email, r.phone,
                r.linkedin_url
           FROM ${rowsOf}`,
        [ownerId, ...columns(chunk)],
      );
    }
    for (const chunk of chunks(changed, 5000)) {
      await manager.query(
        `UPDATE contact c SET organization = r.organization, title = r.title, notes = r.notes,
                connected_on = r.connected_on, seniority = r.seniority, same_organization = r.same_organization,
                responsibilities = r.responsibilities, interests = r.interests, can_offer = r.can_offer,
                keep_in_touch_days = r.keep_in_touch_days, tags = ARRAY(SELECT jsonb_array_elements_text(r.tags)),
                emails = r.emails, phones = r.phones, urls = r.urls, email = r.email, phone = r.phone,
                linkedin_url = r.linkedin_url, version = c.version + 1, updated_at = now(),
                sync_seq = snowball_sync_seq()
           FROM ${rowsOf}
          WHERE c.owner_id = $1 AND c.id = r.id AND c.deleted_at IS NULL`,
        [ownerId, ...columns(chunk)],
      );
    }
    const keys = [...created, ...changed].flatMap((working) =>
      working.newKeys.map(([kind, value]) => ({ kind, value, id: working.id })),
    );
    for (const chunk of chunks(keys, 20000)) {
      await manager.query(
        `INSERT INTO contact_identity (owner_id, kind, value, contact_id)
         SELECT $1, kind, value, contact_id FROM unnest($2::text[], $3::text[], $4::uuid[]) AS k(kind, value, contact_id)
         ON CONFLICT (owner_id, contact_id, kind, value) DO NOTHING`,
        [ownerId, chunk.map((key) => key.kind), chunk.map((key) => key.value), chunk.map((key) => key.id)],
      );
    }
  }
}

/**
 * `lower(name) || '|' || lower(organization)` of a contact whose name and organisation are plain:
 * lower-case ASCII letters and digits in words one space apart. For such a contact `nameKey` is
 * that text with the name's words sorted, so its key is one of `keys` only if the text is one of
 * `plainCandidates(keys)`; every other contact is read and keyed here.
 */
const PLAIN_NAME_AND_ORGANIZATION = '^[a-z0-9]+( [a-z0-9]+)*[|]([a-z0-9]+( [a-z0-9]+)*)?$';

/**
 * Every way a plain contact could be written to have one of `keys` (the name's words in any order,
 * then the organisation); null when a name has more than 4 words (too many orders: read every contact).
 */
function plainCandidates(keys: string[]): string[] | null {
  const out = new Set<string>();
  const orders = (words: string[]): string[][] =>
    words.length <= 1
      ? [words]
      : words.flatMap((word, i) =>
          orders([...words.slice(0, i), ...words.slice(i + 1)]).map((rest) => [word, ...rest]),
        );
  for (const key of keys) {
    const [name, organization] = key.split('|');
    const words = name.split(' ');
    if (words.length > 4) return null;
    for (const order of orders(words)) out.add(`${order.join(' ')}|${organization}`);
  }
  return [...out];
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
