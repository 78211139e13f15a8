import { Global, Module } from '@nestjs/common';
import { RateLimiters } from './rate-limiters.js';

/** Provides `RateLimiters` to the guards and to login throttling. */
@Global()
@Module({ providers: [RateLimiters], exports: [RateLimiters] })
export class RateLimitModule {}
