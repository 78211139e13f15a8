/** The largest import file accepted: 10 MiB, counted in bytes before decoding. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The most people one import may hold (data rows of a CSV, cards of a vCard file). */
export const MAX_IMPORT_ROWS = 50_000;

export type ImportCap = 'size' | 'rows';

/**
 * A file over one of the caps. The route answers 413 for `size` and 422 for `rows`; the message says
 * which cap and its value, in words a person understands.
 */
export class ImportCapError extends Error {
  override readonly name = 'ImportCapError';

  constructor(
    readonly cap: ImportCap,
    readonly limit: number,
  ) {
    super(
      cap === 'size'
        ? `The file is larger than ${limit / (1024 * 1024)} MiB, the most one import accepts.`
        : `The file holds more than ${limit.toLocaleString('en-US')} people, the most one import accepts.`,
    );
  }
}

/** Throws when the raw file is over the size cap. */
export function assertImportSize(byteLength: number, limit = MAX_IMPORT_BYTES): void {
  if (byteLength > limit) throw new ImportCapError('size', limit);
}

/** Throws when a parser has found more people than the row cap allows. */
export function assertImportRows(rows: number, limit = MAX_IMPORT_ROWS): void {
  if (rows > limit) throw new ImportCapError('rows', limit);
}

export type ImportFileErrorCode = 'unsupported_format' | 'missing_header';

/** The file as a whole can't be read as the format it claims (the route answers 422). */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}
