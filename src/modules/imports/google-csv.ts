import { columnIndex, headerKeys, readCsvRecords } from './csv-records.js';
import { assertImportRows, ImportFileError } from './import-limits.js';
import { decodeImportText, type ImportInput } from './import-text.js';
import type { ParseOptions, ParseResult, RowIssue } from './person.js';
import { buildPerson, type RawValue } from './person-builder.js';
import { readSnowballFields } from './snowball-fields.js';

/** Google joins several values in one cell with this. */
export const GOOGLE_MULTI_VALUE_SEPARATOR = ' ::: ';

const HEADER_SEARCH_LINES = 10;
const MULTI_COLUMN = /^(e-mail|phone|website) (\d+) - (value|type|label)$/;

/** True for a Google Contacts header, of either generation (`Given Name`… or `First Name`…). */
export function isGoogleHeader(cells: string[]): boolean {
  const keys = new Set(headerKeys(cells));
  return (
    keys.has('e-mail 1 - value') ||
    keys.has('phone 1 - value') ||
    (keys.has('given name') && keys.has('family name')) ||
    (keys.has('first name') && keys.has('last name') && (keys.has('organization name') || keys.has('labels')))
  );
}

function splitMulti(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(GOOGLE_MULTI_VALUE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Google Contacts CSV, both header generations: the older "Google CSV" (`Name`, `Given Name`,
 * `Family Name`, `Organization 1 - Name`, `E-mail 1 - Type`, `Group Membership`) and the current one
 * (`First Name`, `Last Name`, `Organization Name`, `E-mail 1 - Label`, `Labels`). Several values in
 * one cell are separated by ` ::: `; a label starting with `* ` marks the primary value; `* myContacts`
 * is not a tag, other `* ` system groups (`* starred`) become tags without the star. Snowball's own
 * exports add `Seniority`… columns, read back here.
 */
export function parseGoogleCsv(input: ImportInput, options: ParseOptions = {}): ParseResult {
  const text = decodeImportText(input);
  const found = readCsvRecords(text, { toLine: HEADER_SEARCH_LINES }).records.find((record) =>
    isGoogleHeader(record.cells),
  );
  if (!found) {
    throw new ImportFileError(
      'missing_header',
      'This is not a Google Contacts export: no header row with "First Name", "Last Name" or "Given Name", "Family Name" and "E-mail 1 - Value".',
    );
  }
  const { records, errors } = readCsvRecords(text, { fromLine: found.line });
  const [headerRecord, ...rows] = records;
  const header = headerKeys(headerRecord.cells);
  const columns = columnIndex(header);
  const multi = {
    'e-mail': new Map<number, { value?: number; label?: number }>(),
    phone: new Map(),
    website: new Map(),
  } as Record<string, Map<number, { value?: number; label?: number }>>;
  header.forEach((key, i) => {
    const match = MULTI_COLUMN.exec(key);
    if (!match) return;
    const slots = multi[match[1]];
    const n = Number(match[2]);
    const slot = slots.get(n) ?? {};
    if (match[3] === 'value') slot.value = i;
    else slot.label = i;
    slots.set(n, slot);
  });
  assertImportRows(rows.length);

  const result: ParseResult = {
    people: [],
    errors: errors.filter((e) => e.line > headerRecord.line),
    warnings: [],
  };
  for (const { line, cells } of rows) {
    const get = (...keys: string[]): string | undefined => {
      for (const key of keys) {
        const i = columns.get(key);
        if (i !== undefined && cells[i]?.trim()) return cells[i];
      }
      return undefined;
    };
    const values = (kind: string): RawValue[] =>
      [...multi[kind].entries()]
        .sort(([a], [b]) => a - b)
        .flatMap(([, slot]) => {
          const label = slot.label === undefined ? undefined : cells[slot.label]?.trim();
          const starred = label?.startsWith('*') ?? false;
          return splitMulti(slot.value === undefined ? undefined : cells[slot.value]).map((value, i) => ({
            value,
            label,
            rank: starred && i === 0 ? 1 : undefined,
          }));
        });
    const tags = splitMulti(get('labels', 'group membership'))
      .filter((tag) => tag.toLowerCase() !== '* mycontacts')
      .map((tag) => tag.replace(/^\*\s*/, ''));
    const warnings: RowIssue[] = [];
    const extra = readSnowballFields(
      (field) => get(field.column.toLowerCase()),
      (message) => warnings.push({ line, message }),
    );
    const outcome = buildPerson(
      {
        line,
        name:
          get('name') ??
          [
            get('name prefix'),
            get('first name', 'given name'),
            get('middle name', 'additional name'),
            get('last name', 'family name'),
            get('name suffix'),
          ]
            .filter(Boolean)
            .join(' '),
        emails: values('e-mail'),
        phones: values('phone'),
        urls: values('website'),
        organization: get('organization name', 'organization 1 - name'),
        title: get('organization title', 'organization 1 - title'),
        notes: get('notes'),
        tags,
        extra,
      },
      options,
    );
    if ('error' in outcome) result.errors.push(outcome.error);
    else {
      result.people.push(outcome.person);
      result.warnings.push(...warnings, ...outcome.warnings);
    }
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}
