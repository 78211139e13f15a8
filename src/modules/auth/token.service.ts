import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { AppConfig } from '../../config/app-config.js';

export interface AccessClaims {
  sub: string;
  typ: 'access';
}

/** Signs and checks access JWTs (HS256 only) and makes opaque refresh-token secrets. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  signAccess(userId: string): string {
    return this.jwt.sign({ sub: userId, typ: 'access' } satisfies AccessClaims, {
      algorithm: 'HS256',
      secret: this.config.jwtSecret,
      expiresIn: this.config.accessTokenTtlSeconds,
    });
  }

  /**
   * The user id in a valid access token, or null (expired, tampered, other algorithm, other secret,
   * or a subject that is not a user id: a token signed with our secret by something else).
   */
  verifyAccess(token: string): string | null {
    try {
      const claims = this.jwt.verify<AccessClaims & { exp?: number }>(token, {
        algorithms: ['HS256'],
        secret: this.config.jwtSecret,
      });
      return claims.typ === 'access' &&
        typeof claims.sub === 'string' &&
        isUUID(claims.sub) &&
        typeof claims.exp === 'number'
        ? claims.sub
        : null;
    } catch {
      return null;
    }
  }

  newSecret(): string {
    return randomBytes(32).toString('base64url');
  }
}
