/**
 * Every machine-readable error code the API returns, with its HTTP status and title: the one table.
 * Services throw `AppError` with one of these codes; the problem+json filter looks the code up here.
 * Clients switch on the code, so a code never changes meaning; each domain failure has its own.
 * docs/integrating.md lists them all (a unit test keeps the two in step).
 */
export enum ErrorCode {
  // 400
  ValidationFailed = 'validation_failed',
  MalformedRequest = 'malformed_request',
  // 401
  Unauthenticated = 'unauthenticated',
  InvalidCredentials = 'invalid_credentials',
  RefreshTokenInvalid = 'refresh_token_invalid',
  RefreshTokenReused = 'refresh_token_reused',
  SessionEnded = 'session_ended',
  // 403
  Forbidden = 'forbidden',
  PasswordConfirmationFailed = 'password_confirmation_failed',
  // 404, 405
  NotFound = 'not_found',
  RouteNotFound = 'route_not_found',
  MethodNotAllowed = 'method_not_allowed',
  // 409
  Conflict = 'conflict',
  EmailTaken = 'email_taken',
  ParticipantExists = 'participant_exists',
  ContactExists = 'contact_exists',
  ReferralDuplicate = 'referral_duplicate',
  ReferralCycle = 'referral_cycle',
  ReflectionExists = 'reflection_exists',
  InquiryConcluded = 'inquiry_concluded',
  ConcurrentUpdate = 'concurrent_update',
  IdempotencyRequestInFlight = 'idempotency_request_in_flight',
  AccountNotEmpty = 'account_not_empty',
  // 408, 412, 413, 414, 415, 428, 431
  RequestTimeout = 'request_timeout',
  PreconditionFailed = 'precondition_failed',
  PreconditionRequired = 'precondition_required',
  PayloadTooLarge = 'payload_too_large',
  UriTooLong = 'uri_too_long',
  UnsupportedMediaType = 'unsupported_media_type',
  HeadersTooLarge = 'headers_too_large',
  // 422
  IdempotencyKeyReused = 'idempotency_key_reused',
  SyncCursorExpired = 'sync_cursor_expired',
  UnprocessableEntity = 'unprocessable_entity',
  ImportTooManyRows = 'import_too_many_rows',
  ImportUnreadable = 'import_unreadable',
  ReferrerNotParticipant = 'referrer_not_participant',
  SelfReferral = 'self_referral',
  InteractionOfOtherInquiry = 'interaction_of_other_inquiry',
  InteractionOfOtherContact = 'interaction_of_other_contact',
  QuestionOfOtherInquiry = 'question_of_other_inquiry',
  QuestionNotRevisable = 'question_not_revisable',
  RevisedQuestionLocked = 'revised_question_locked',
  NetworkTooLarge = 'network_too_large',
  NetworkLayoutTimeout = 'network_layout_timeout',
  AdminSelfLockout = 'admin_self_lockout',
  ContactMergeSelf = 'contact_merge_self',
  ContactMergeTooLarge = 'contact_merge_too_large',
  // 429
  RateLimited = 'rate_limited',
  LoginThrottled = 'login_throttled',
  // 5xx
  Internal = 'internal_error',
  DatabaseUnavailable = 'database_unavailable',
  NetworkRenderFailed = 'network_render_failed',
}

export interface ErrorCodeEntry {
  status: number;
  title: string;
  /** A typical `detail`, shown in the OpenAPI examples (the title when absent). */
  detail?: string;
}

export const ERROR_TABLE: Record<ErrorCode, ErrorCodeEntry> = {
  [ErrorCode.ValidationFailed]: {
    status: 400,
    title: 'Validation failed',
    detail: 'The request has invalid fields; see errors.',
  },
  [ErrorCode.MalformedRequest]: {
    status: 400,
    title: 'Malformed request',
    detail: 'The request body is not valid JSON.',
  },
  [ErrorCode.Unauthenticated]: {
    status: 401,
    title: 'Authentication required',
    detail: 'Send Authorization: Bearer <access token or API key>.',
  },
  [ErrorCode.InvalidCredentials]: {
    status: 401,
    title: 'Invalid credentials',
    detail: 'Email or password is wrong, or the account is disabled.',
  },
  [ErrorCode.RefreshTokenInvalid]: {
    status: 401,
    title: 'Invalid refresh token',
    detail: 'The refresh token is invalid or expired; sign in again.',
  },
  [ErrorCode.RefreshTokenReused]: {
    status: 401,
    title: 'Refresh token reused',
    detail: 'This refresh token was already used; sign in again.',
  },
  [ErrorCode.SessionEnded]: {
    status: 401,
    title: 'Session ended',
    detail: 'This session was signed out; sign in again.',
  },
  [ErrorCode.Forbidden]: { status: 403, title: 'Forbidden', detail: 'Only admins may call this route.' },
  [ErrorCode.PasswordConfirmationFailed]: {
    status: 403,
    title: 'Password confirmation failed',
    detail: 'The password does not match: the account was not deleted.',
  },
  [ErrorCode.NotFound]: { status: 404, title: 'Not found', detail: 'Inquiry not found' },
  [ErrorCode.RouteNotFound]: {
    status: 404,
    title: 'Route not found',
    detail: 'No route matches this method and path.',
  },
  [ErrorCode.MethodNotAllowed]: { status: 405, title: 'Method not allowed' },
  [ErrorCode.Conflict]: { status: 409, title: 'Conflict', detail: 'The resource already exists.' },
  [ErrorCode.AccountNotEmpty]: {
    status: 409,
    title: 'Account not empty',
    detail: 'An export can only be imported into an account that holds no data yet.',
  },
  [ErrorCode.EmailTaken]: {
    status: 409,
    title: 'Email already registered',
    detail: 'An account with this email already exists.',
  },
  [ErrorCode.ParticipantExists]: {
    status: 409,
    title: 'Already a participant',
    detail: 'This contact is already a participant of the inquiry.',
  },
  [ErrorCode.ContactExists]: {
    status: 409,
    title: 'Contact already exists',
    detail: 'Another contact already has the email address a@example.com.',
  },
  [ErrorCode.ReferralDuplicate]: {
    status: 409,
    title: 'Referral already recorded',
    detail: 'This referral (same referrer, same referred person) already exists in the inquiry.',
  },
  [ErrorCode.ReferralCycle]: {
    status: 409,
    title: 'Referral would create a cycle',
    detail:
      'The referred contact is already upstream of the referrer in this inquiry: the referral would create a cycle.',
  },
  [ErrorCode.ReflectionExists]: {
    status: 409,
    title: 'Cycle already reflected on',
    detail: 'This cycle already has a reflection.',
  },
  [ErrorCode.InquiryConcluded]: {
    status: 409,
    title: 'Inquiry concluded',
    detail: 'The inquiry is concluded; reopen it (status active) to reflect on it.',
  },
  [ErrorCode.ConcurrentUpdate]: {
    status: 409,
    title: 'Concurrent update',
    detail: 'A concurrent request changed the same data; retry the request.',
  },
  [ErrorCode.IdempotencyRequestInFlight]: {
    status: 409,
    title: 'Request with this Idempotency-Key in progress',
    detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
  },
  [ErrorCode.RequestTimeout]: {
    status: 408,
    title: 'Request timeout',
    detail: 'The request did not arrive in time; send it again.',
  },
  [ErrorCode.PreconditionFailed]: {
    status: 412,
    title: 'Precondition failed',
    detail: 'If-Match does not match the current ETag of the resource.',
  },
  [ErrorCode.PreconditionRequired]: { status: 428, title: 'Precondition required' },
  [ErrorCode.PayloadTooLarge]: {
    status: 413,
    title: 'Payload too large',
    detail: 'The request body is larger than the 1 MiB this route accepts.',
  },
  [ErrorCode.UriTooLong]: {
    status: 414,
    title: 'URI too long',
    detail: 'A part of the path is longer than 100 characters.',
  },
  [ErrorCode.HeadersTooLarge]: {
    status: 431,
    title: 'Request headers too large',
    detail: 'The request headers are larger than the 16 KiB limit.',
  },
  [ErrorCode.UnsupportedMediaType]: {
    status: 415,
    title: 'Unsupported media type',
    detail: 'Send JSON with Content-Type: application/json.',
  },
  [ErrorCode.IdempotencyKeyReused]: {
    status: 422,
    title: 'Idempotency-Key reused with a different request',
    detail: 'This Idempotency-Key was already used with a different request.',
  },
  [ErrorCode.SyncCursorExpired]: {
    status: 410,
    title: 'Sync cursor expired',
    detail: 'This cursor is ahead of your data: drop the local copy and start a full sync without `since`.',
  },
  [ErrorCode.UnprocessableEntity]: { status: 422, title: 'Unprocessable entity' },
  [ErrorCode.ImportTooManyRows]: {
    status: 422,
    title: 'Import has too many rows',
    detail: 'The file holds more than 50,000 people, the most one import accepts.',
  },
  [ErrorCode.ImportUnreadable]: {
    status: 422,
    title: 'Import file unreadable',
    detail:
      'This file is not one Snowball can import: expected a LinkedIn or Google Contacts CSV export or a vCard file.',
  },
  [ErrorCode.ReferrerNotParticipant]: {
    status: 422,
    title: 'Referrer is not a participant',
    detail: 'The referrer must be a participant of this inquiry.',
  },
  [ErrorCode.SelfReferral]: {
    status: 422,
    title: 'Self-referral',
    detail: 'A contact cannot refer themselves.',
  },
  [ErrorCode.InteractionOfOtherInquiry]: {
    status: 422,
    title: 'Interaction of another inquiry',
    detail: 'interactionId belongs to another inquiry.',
  },
  [ErrorCode.InteractionOfOtherContact]: {
    status: 422,
    title: 'Interaction with another contact',
    detail: 'interactionId is a conversation with another contact.',
  },
  [ErrorCode.QuestionOfOtherInquiry]: {
    status: 422,
    title: 'Question of another inquiry',
    detail: 'revisesId must be a question of the same inquiry.',
  },
  [ErrorCode.QuestionNotRevisable]: {
    status: 422,
    title: 'Question already revised or retired',
    detail: 'The question to revise is already revised.',
  },
  [ErrorCode.RevisedQuestionLocked]: {
    status: 422,
    title: 'Revised question keeps its status',
    detail: 'A revised question stays revised (its revision carries the lineage on); change the revision instead.',
  },
  [ErrorCode.NetworkTooLarge]: {
    status: 422,
    title: 'Network too large to lay out',
    detail:
      'This inquiry has more than 5000 participants: too many to lay out as svg on the server. ' +
      'Ask for format=dot or format=graphml and lay it out locally (Graphviz, Gephi, yEd).',
  },
  [ErrorCode.NetworkLayoutTimeout]: {
    status: 422,
    title: 'Network layout took too long',
    detail:
      'Laying out this network took longer than 60 seconds. Download it as dot or graphml and lay it out locally.',
  },
  [ErrorCode.AdminSelfLockout]: {
    status: 422,
    title: 'Cannot demote or disable yourself',
    detail: 'You cannot demote or disable your own account.',
  },
  [ErrorCode.ContactMergeSelf]: {
    status: 422,
    title: 'Cannot merge a contact into itself',
    detail: 'otherId names the contact itself: give the id of the duplicate to merge into this one.',
  },
  [ErrorCode.ContactMergeTooLarge]: {
    status: 422,
    title: 'Merged contact would exceed a limit',
    detail: 'Together the two contacts have 23 email addresses, and a contact holds at most 20: remove some first.',
  },
  [ErrorCode.RateLimited]: {
    status: 429,
    title: 'Too many requests',
    detail: 'Rate limit exceeded; retry after the time given in Retry-After.',
  },
  [ErrorCode.LoginThrottled]: {
    status: 429,
    title: 'Too many failed logins',
    detail: 'Too many failed logins; wait before trying again.',
  },
  [ErrorCode.Internal]: {
    status: 500,
    title: 'Internal server error',
    detail: 'An unexpected error occurred. Quote request id 5f0c2b7e-… when reporting it.',
  },
  [ErrorCode.DatabaseUnavailable]: {
    status: 503,
    title: 'Database unavailable',
    detail: 'The database is unavailable; retry shortly.',
  },
  [ErrorCode.NetworkRenderFailed]: {
    status: 500,
    title: 'Network could not be laid out',
    detail:
      'The network could not be laid out as svg on the server. Ask for format=dot or format=graphml and lay it out locally.',
  },
};

export interface FieldError {
  /** Dotted path of the offending property (`referred.email`), or the parameter name. */
  field: string;
  message: string;
}
