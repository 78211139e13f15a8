import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { UsersModule } from '../users/users.module.js';
import { AdminController } from './admin.controller.js';

@Module({ imports: [UsersModule, AuditModule, ApiKeysModule], controllers: [AdminController] })
export class AdminModule {}
