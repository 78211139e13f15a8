/**
 * Every machine-readable error code the API returns, with its HTTP status and title.
 * Services throw `AppError` with one of these codes; the problem+json filter looks the code up here.
 */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  MalformedRequest = 'malformed_request',
  Unauthenticated = 'unauthenticated',
  InvalidCredentials = 'invalid_credentials',
  RefreshTokenInvalid = 'refresh_token_invalid',
  RefreshTokenReused = 'refresh_token_reused',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  RouteNotFound = 'route_not_found',
  MethodNotAllowed = 'method_not_allowed',
  Conflict = 'conflict',
  EmailTaken = 'email_taken',
  IdempotencyRequestInFlight = 'idempotency_request_in_flight',
  PreconditionFailed = 'precondition_failed',
  PreconditionRequired = 'precondition_required',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  IdempotencyKeyReused = 'idempotency_key_reused',
  UnprocessableEntity = 'unprocessable_entity',
  RateLimited = 'rate_limited',
  LoginThrottled = 'login_throttled',
  Internal = 'internal_error',
  DatabaseUnavailable = 'database_unavailable',
}

export const ERROR_TABLE: Record<ErrorCode, { status: number; title: string }> = {
  [ErrorCode.ValidationFailed]: { status: 400, title: 'Validation failed' },
  [ErrorCode.MalformedRequest]: { status: 400, title: 'Malformed request' },
  [ErrorCode.Unauthenticated]: { status: 401, title: 'Authentication required' },
  [ErrorCode.InvalidCredentials]: { status: 401, title: 'Invalid credentials' },
  [ErrorCode.RefreshTokenInvalid]: { status: 401, title: 'Invalid refresh token' },
  [ErrorCode.RefreshTokenReused]: { status: 401, title: 'Refresh token reused' },
  [ErrorCode.Forbidden]: { status: 403, title: 'Forbidden' },
  [ErrorCode.NotFound]: { status: 404, title: 'Not found' },
  [ErrorCode.RouteNotFound]: { status: 404, title: 'Route not found' },
  [ErrorCode.MethodNotAllowed]: { status: 405, title: 'Method not allowed' },
  [ErrorCode.Conflict]: { status: 409, title: 'Conflict' },
  [ErrorCode.EmailTaken]: { status: 409, title: 'Email already registered' },
  [ErrorCode.IdempotencyRequestInFlight]: { status: 409, title: 'Request with this Idempotency-Key in progress' },
  [ErrorCode.PreconditionFailed]: { status: 412, title: 'Precondition failed' },
  [ErrorCode.PreconditionRequired]: { status: 428, title: 'Precondition required' },
  [ErrorCode.PayloadTooLarge]: { status: 413, title: 'Payload too large' },
  [ErrorCode.UnsupportedMediaType]: { status: 415, title: 'Unsupported media type' },
  [ErrorCode.IdempotencyKeyReused]: { status: 422, title: 'Idempotency-Key reused with a different request' },
  [ErrorCode.UnprocessableEntity]: { status: 422, title: 'Unprocessable entity' },
  [ErrorCode.RateLimited]: { status: 429, title: 'Too many requests' },
  [ErrorCode.LoginThrottled]: { status: 429, title: 'Too many failed logins' },
  [ErrorCode.Internal]: { status: 500, title: 'Internal server error' },
  [ErrorCode.DatabaseUnavailable]: { status: 503, title: 'Database unavailable' },
};

export interface FieldError {
  /** Dotted path of the offending property (`referred.email`), or the parameter name. */
  field: string;
  message: string;
}
