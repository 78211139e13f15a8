import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AuditService } from './audit.service.js';

const PURGE_EVERY_MS = 60 * 60 * 1000;

@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule implements OnModuleInit, OnModuleDestroy {
  constructor(private readonly audit: AuditService) {}

  onModuleInit(): void {
    this.audit.purge.start(PURGE_EVERY_MS);
  }

  onModuleDestroy(): void {
    this.audit.purge.stop();
  }
}
