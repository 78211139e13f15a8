import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { UsersModule } from '../users/users.module.js';
import { AdminController } from './admin.controller.js';
import { AdminRepository } from './admin.repository.js';
import { UsageMeter } from './usage-meter.js';

@Module({
  imports: [UsersModule, AuditModule, ApiKeysModule],
  controllers: [AdminController],
  providers: [AdminRepository, UsageMeter],
  exports: [UsageMeter],
})
export class AdminModule {}
