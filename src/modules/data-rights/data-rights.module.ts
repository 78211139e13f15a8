import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SnowballModule } from '../snowball/snowball.module.js';
import { UsersModule } from '../users/users.module.js';
import { ContactErasureController } from './contact-erasure.controller.js';
import { DataExportService } from './data-export.service.js';
import { ErasureService } from './erasure.service.js';
import { MyDataController } from './my-data.controller.js';

/** Export, import, erasure of a contact and deletion of an account (docs/data-rights.md). */
@Module({
  imports: [AuditModule, UsersModule, SnowballModule],
  controllers: [MyDataController, ContactErasureController],
  providers: [DataExportService, ErasureService],
})
export class DataRightsModule {}
