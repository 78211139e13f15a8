import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PasswordHasher } from './password-hasher.js';
import { UserSettingsController } from './user-settings.controller.js';
import { UserSettingsService } from './user-settings.service.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuditModule],
  controllers: [UserSettingsController],
  providers: [UsersService, PasswordHasher, UserSettingsService],
  exports: [UsersService, PasswordHasher, UserSettingsService],
})
export class UsersModule {}
