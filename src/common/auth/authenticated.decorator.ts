import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ProblemDto } from '../errors/problem.dto.js';

export const AUTH_METADATA = 'snowball:auth';

export interface AuthOptions {
  /** Only admins may call the route (others get 403). */
  admin?: boolean;
  /** Anyone may call the route, without a token. */
  public?: boolean;
}

/**
 * The one auth decorator: sets what the guard enforces and what the OpenAPI document says, together.
 * A route without it is refused (secure by default).
 */
export function Authenticated(options: { admin?: boolean } = {}): MethodDecorator & ClassDecorator {
  const decorators = [
    SetMetadata(AUTH_METADATA, { admin: options.admin ?? false } satisfies AuthOptions),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({
      description: 'Missing, invalid or expired token, or a disabled account.',
      type: ProblemDto,
    }),
  ];
  if (options.admin)
    decorators.push(ApiForbiddenResponse({ description: 'The caller is not an admin.', type: ProblemDto }));
  return applyDecorators(...decorators);
}

/** Opts a route out of authentication explicitly. */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(AUTH_METADATA, { public: true } satisfies AuthOptions);
}
