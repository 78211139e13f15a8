import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiQuery, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemDto } from '../errors/problem.dto.js';

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
    ApiUnauthorizedResponse({
      description: 'Missing, invalid or expired token, or a disabled account.',
      type: ProblemDto,
    }),
  ];
  if (options.admin) {
    decorators.push(ApiForbiddenResponse({ description: 'The caller is not an admin.', type: ProblemDto }));
  }
  if (options.queryApiKey) {
    decorators.push(
      ApiQuery({
        name: 'key',
        required: false,
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
