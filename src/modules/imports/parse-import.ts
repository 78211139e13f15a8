import type { ImportFormat } from './detect.js';
import { parseGoogleCsv } from './google-csv.js';
import type { ImportInput } from './import-text.js';
import { parseLinkedinCsv } from './linkedin-csv.js';
import type { ParseOptions, ParseResult } from './person.js';
import { parseVcard } from './vcard.js';

/** The parser for each format. */
export const PARSERS: Record<ImportFormat, (input: ImportInput, options?: ParseOptions) => ParseResult> = {
  'linkedin-csv': parseLinkedinCsv,
  'google-csv': parseGoogleCsv,
  vcard: parseVcard,
};

/** Parses an upload in a known format (see `detectImportFormat`). */
export function parseImport(format: ImportFormat, input: ImportInput, options: ParseOptions = {}): ParseResult {
  return PARSERS[format](input, options);
}
