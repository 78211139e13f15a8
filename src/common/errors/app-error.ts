import { ERROR_TABLE, ErrorCode, type FieldError } from './error-codes.js';

/** The only error services throw. Its code decides the HTTP status (see ERROR_TABLE). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extras: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_TABLE[this.code].status;
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} not found`);
  }

  static validation(errors: FieldError[]): AppError {
    return new AppError(ErrorCode.ValidationFailed, 'The request has invalid fields; see errors.', { errors });
  }
}
