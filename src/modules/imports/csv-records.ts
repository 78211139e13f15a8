import { parse } from 'csv-parse/sync';
import type { RowIssue } from './person.js';

/** One CSV record with the 1-based line where it starts in the file. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Reads CSV text (already decoded, `\n` line ends) with csv-parse: ragged rows allowed, stray quotes
 * inside unquoted cells tolerated, empty lines skipped. A record csv-parse can't read is reported
 * with its line and skipped; the rest of the file is still read. `fromLine` starts at a header row:
 * csv-parse builds an error object (with its stack) for every record whose length differs from the
 * first one, so starting at a one-cell preamble line would cost one per row.
 */
export function readCsvRecords(
  text: string,
  range: { fromLine?: number; toLine?: number } = {},
): { records: CsvRecord[]; errors: RowIssue[] } {
  const errors: RowIssue[] = [];
  const records: CsvRecord[] = [];
  let lastLine = 0;
  parse(text, {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    from_line: range.fromLine,
    to_line: range.toLine,
    on_record: (record: string[], context) => {
      // context.lines is the line where the record ends; count back over line breaks inside quoted cells.
      const inner = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
      lastLine = context.lines;
      records.push({ line: context.lines - inner, cells: record });
      return null;
    },
    on_skip: (error) => {
      const unclosed = error?.code === 'CSV_QUOTE_NOT_CLOSED';
      errors.push({
        line: unclosed ? lastLine + 1 : Number(error?.lines ?? lastLine + 1),
        message: unclosed
          ? 'A quoted value that starts on this line is never closed, so the rest of the file could not be read.'
          : 'This line could not be read as CSV (a quote in the wrong place?), so it was skipped.',
      });
      return undefined;
    },
  });
  return { records, errors };
}

/** Lower-cased, trimmed header cells (LinkedIn sometimes quotes or pads them). */
export function headerKeys(cells: string[]): string[] {
  return cells.map((cell) =>
    cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
}

/** Which column holds each header name (first occurrence). */
export function columnIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((key, i) => {
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}
