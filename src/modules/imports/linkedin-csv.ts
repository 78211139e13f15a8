import { columnIndex, headerKeys, readCsvRecords } from './csv-records.js';
import { assertImportRows, ImportFileError } from './import-limits.js';
import { decodeImportText, type ImportInput } from './import-text.js';
import type { ParseOptions, ParseResult } from './person.js';
import { buildPerson } from './person-builder.js';

/** How far down the file the header row may be (the `Notes:` preamble is a few lines). */
const HEADER_SEARCH_LINES = 50;

/** True for LinkedIn's header row, with or without the `URL` column older exports lack. */
export function isLinkedinHeader(cells: string[]): boolean {
  const keys = new Set(headerKeys(cells));
  return (
    keys.has('first name') &&
    keys.has('last name') &&
    (keys.has('connected on') || (keys.has('company') && keys.has('position')))
  );
}

/**
 * LinkedIn's `Connections.csv`. The header row is searched for (exports start with a `Notes:`
 * preamble, sometimes quoted) rather than skipped by count; BOM and CRLF are handled on decoding.
 * Line numbers are the file's own, preamble included.
 */
export function parseLinkedinCsv(input: ImportInput, options: ParseOptions = {}): ParseResult {
  const text = decodeImportText(input);
  const found = readCsvRecords(text, { toLine: HEADER_SEARCH_LINES }).records.find((record) =>
    isLinkedinHeader(record.cells),
  );
  if (!found) {
    throw new ImportFileError(
      'missing_header',
      'This is not a LinkedIn connections export: no row starts with "First Name,Last Name,URL,Email Address,Company,Position,Connected On".',
    );
  }
  const { records, errors } = readCsvRecords(text, { fromLine: found.line });
  const [headerRecord, ...rows] = records;
  const columns = columnIndex(headerKeys(headerRecord.cells));
  assertImportRows(rows.length);
  const cell = (cells: string[], key: string) => {
    const i = columns.get(key);
    return i === undefined ? undefined : cells[i];
  };

  const result: ParseResult = {
    people: [],
    errors: errors.filter((e) => e.line > headerRecord.line),
    warnings: [],
  };
  for (const { line, cells } of rows) {
    const outcome = buildPerson(
      {
        line,
        name: [cell(cells, 'first name'), cell(cells, 'last name')].filter(Boolean).join(' '),
        emails: [{ value: cell(cells, 'email address') }],
        urls: [{ value: cell(cells, 'url'), label: 'linkedin' }],
        organization: cell(cells, 'company'),
        title: cell(cells, 'position'),
        connectedOn: cell(cells, 'connected on'),
      },
      options,
    );
    if ('error' in outcome) result.errors.push(outcome.error);
    else {
      result.people.push(outcome.person);
      result.warnings.push(...outcome.warnings);
    }
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}
