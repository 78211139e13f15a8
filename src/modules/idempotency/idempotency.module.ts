import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyService } from './idempotency.service.js';

const PURGE_EVERY_MS = 60 * 60 * 1000;

@Module({
  providers: [IdempotencyService, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
})
export class IdempotencyModule implements OnModuleInit, OnModuleDestroy {
  constructor(private readonly idempotency: IdempotencyService) {}

  onModuleInit(): void {
    this.idempotency.purge.start(PURGE_EVERY_MS);
  }

  onModuleDestroy(): void {
    this.idempotency.purge.stop();
  }
}
