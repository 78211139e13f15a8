import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AUTH_METADATA, type AuthOptions } from '../../common/auth/authenticated.decorator.js';
import type { AuthenticatedRequest } from '../../common/auth/principal.js';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ApiKeysService } from '../api-keys/api-keys.service.js';
import { UserRole } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { TokenService } from './token.service.js';

/**
 * Global guard. Routes marked `@Public()` pass; every other route needs a Bearer token that is an
 * access JWT or an API key of an enabled user, and `@Authenticated({ admin: true })` needs an admin.
 * The account is read through a short cache (UsersService.findActiveForAuth): disabling, demoting or
 * deleting an account takes effect at once on the instance that did it, within 5 s on the others.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeysService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const options = this.reflector.getAllAndOverride<AuthOptions | undefined>(AUTH_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (options?.public) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const queryKey = options?.queryApiKey ? (request.query as Record<string, unknown> | undefined)?.key : undefined;
    const token =
      /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ??
      (typeof queryKey === 'string' && ApiKeysService.looksLikeApiKey(queryKey) ? queryKey : undefined);
    if (!token) throw new AppError(ErrorCode.Unauthenticated, 'Send Authorization: Bearer <access token or API key>.');
    const viaKey = ApiKeysService.looksLikeApiKey(token);
    const userId = viaKey ? await this.apiKeys.authenticate(token) : this.tokens.verifyAccess(token);
    const user = userId ? await this.users.findActiveForAuth(userId) : null;
    if (!user)
      throw new AppError(ErrorCode.Unauthenticated, 'The token is invalid or expired, or the account is disabled.');
    request.principal = { userId: user.id, role: user.role, via: viaKey ? 'api_key' : 'jwt' };
    if (!options) throw new AppError(ErrorCode.Forbidden, 'This route is not open to callers.');
    if (options.admin && user.role !== UserRole.Admin) {
      throw new AppError(ErrorCode.Forbidden, 'Only admins may call this route.');
    }
    return true;
  }
}
