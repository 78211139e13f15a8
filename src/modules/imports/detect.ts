import { parse } from 'csv-parse/sync';
import { isGoogleHeader } from './google-csv.js';
import { isLinkedinHeader } from './linkedin-csv.js';

export type ImportFormat = 'linkedin-csv' | 'google-csv' | 'vcard';

export type DetectedFormat = { ok: true; format: ImportFormat } | { ok: false; message: string };

const VCARD_TYPES = new Set(['text/vcard', 'text/x-vcard', 'text/directory', 'text/x-vcalendar']);
const CSV_TYPES = new Set([
  'text/csv',
  'text/comma-separated-values',
  'application/csv',
  'application/vnd.ms-excel',
  'text/x-csv',
]);
const GENERIC_TYPES = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream']);

/** How much of the file sniffing reads: enough for LinkedIn's preamble and a header row. */
const SNIFF_CHARS = 64 * 1024;
const SNIFF_RECORDS = 20;

/**
 * Which format an upload is, from its content (decoded text), with the content type as a check:
 * `BEGIN:VCARD` → vCard; a LinkedIn header row within the first records → LinkedIn; a Google header
 * → Google. A content type that is neither CSV, vCard nor generic (`text/plain`,
 * `application/octet-stream`) is refused, and so is content that matches no format.
 */
export function detectImportFormat(text: string, contentType?: string | null): DetectedFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!VCARD_TYPES.has(type) && !CSV_TYPES.has(type) && !GENERIC_TYPES.has(type)) {
    return {
      ok: false,
      message: `Files of type ${type} can't be imported: send a LinkedIn or Google Contacts CSV export (text/csv) or a vCard file (text/vcard).`,
    };
  }
  const head = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  if (/^\s*begin:vcard\s*$/im.test(head.split('\n', 50).join('\n'))) return { ok: true, format: 'vcard' };
  if (VCARD_TYPES.has(type))
    return { ok: false, message: 'This vCard file has no BEGIN:VCARD line: it holds no cards.' };

  let records: string[][];
  try {
    records = parse(head, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      to: SNIFF_RECORDS,
    });
  } catch {
    records = [];
  }
  if (records.some(isLinkedinHeader)) return { ok: true, format: 'linkedin-csv' };
  if (records.slice(0, 5).some(isGoogleHeader)) return { ok: true, format: 'google-csv' };
  return {
    ok: false,
    message:
      'This file is not one Snowball can import: expected a LinkedIn "Connections.csv" export, a Google Contacts CSV export or a vCard (.vcf) file.',
  };
}
