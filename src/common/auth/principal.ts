import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { UserRole } from '../../modules/users/user.entity.js';

/** Who is calling: set on the request by the auth guard. */
export interface Principal {
  userId: string;
  role: UserRole;
  via: 'jwt' | 'api_key';
}

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** `@CurrentUser() principal: Principal` in a controller method behind `@Authenticated()`. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentUser used on a route without @Authenticated()');
  return principal;
});

/** The caller's IP address, as Fastify resolved it. */
export const ClientIp = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<FastifyRequest>().ip,
);
