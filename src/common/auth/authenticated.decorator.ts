import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery } from '@nestjs/swagger';
import { ProblemResponse } from '../http/api-responses.js';

export const AUTH_METADATA = 'snowball:auth';

export interface AuthOptions {
  /** Only admins may call the route (others get 403). */
  admin?: boolean;
  /** Anyone may call the route, without a token. */
  public?: boolean;
  /** Also accept an API key as `?key=` (calendar subscriptions can't send headers). */
  queryApiKey?: boolean;
}

/**
 * The one auth decorator: sets what the guard enforces and what the OpenAPI document says, together.
 * A route without it is refused (secure by default).
 */
export function Authenticated(
  options: { admin?: boolean; queryApiKey?: boolean } = {},
): MethodDecorator & ClassDecorator {
  const decorators = [
    SetMetadata(AUTH_METADATA, {
      admin: options.admin ?? false,
      queryApiKey: options.queryApiKey ?? false,
    } satisfies AuthOptions),
    ApiBearerAuth(),
    ProblemResponse(401, 'Missing, invalid or expired token, or a disabled account.'),
  ];
  if (options.admin) {
    decorators.push(ProblemResponse(403, 'The caller is not an admin.'));
  }
  if (options.queryApiKey) {
    decorators.push(
      ApiQuery({
        name: 'key',
        required: false,
        type: String,
        description: 'An API key, for clients that cannot send an Authorization header (calendar subscriptions).',
      }),
    );
  }
  return applyDecorators(...decorators);
}

/** Opts a route out of authentication explicitly. */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(AUTH_METADATA, { public: true } satisfies AuthOptions);
}
