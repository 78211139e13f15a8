import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { MeController } from './me.controller.js';
import { RefreshTokenCipher } from './refresh-token-cipher.js';
import { RefreshTokenPurge } from './refresh-token-purge.js';
import { TokenService } from './token.service.js';

const PURGE_EVERY_MS = 60 * 60 * 1000;

@Module({
  imports: [JwtModule.register({}), UsersModule, ApiKeysModule, AuditModule],
  controllers: [AuthController, MeController],
  providers: [AuthService, TokenService, RefreshTokenCipher, RefreshTokenPurge, LoginThrottle, AuthGuard],
  exports: [AuthService, AuthGuard],
})
export class AuthModule implements OnModuleInit, OnModuleDestroy {
  constructor(private readonly refreshTokens: RefreshTokenPurge) {}

  onModuleInit(): void {
    this.refreshTokens.purge.start(PURGE_EVERY_MS);
  }

  onModuleDestroy(): void {
    this.refreshTokens.purge.stop();
  }
}
