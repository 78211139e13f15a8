import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { AuthenticatedRequest } from './common/auth/principal.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { DomainEventsModule } from './common/events/domain-events.js';
import { IpRateLimitGuard, UserRateLimitGuard } from './common/http/rate-limit.guard.js';
import { RateLimitModule } from './common/http/rate-limit.module.js';
import { AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { AgendaModule } from './modules/agenda/agenda.module.js';
import { NetworkModule } from './modules/network/network.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { ApiKeysModule } from './modules/api-keys/api-keys.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthGuard } from './modules/auth/auth.guard.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { IdempotencyModule } from './modules/idempotency/idempotency.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { InquiriesModule } from './modules/inquiries/inquiries.module.js';
import { ContactsModule } from './modules/contacts/contacts.module.js';
import { SnowballModule } from './modules/snowball/snowball.module.js';
import { InteractionsModule } from './modules/interactions/interactions.module.js';
import { InsightsModule } from './modules/insights/insights.module.js';
import { ReflectionsModule } from './modules/reflections/reflections.module.js';
import { CommitmentsModule } from './modules/commitments/commitments.module.js';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        {
          module: ConfigHolderModule,
          global: true,
          providers: [{ provide: AppConfig, useValue: config }],
          exports: [AppConfig],
        },
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (request) => (request as { id?: string }).id ?? 'unknown',
            customProps: (request) => ({ userId: (request as unknown as AuthenticatedRequest).principal?.userId }),
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', 'req.body.refreshToken'],
              censor: '[redacted]',
            },
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({
                id: request.id,
                method: request.method,
                // API keys may travel as ?key= (calendar feeds): never log them.
                url: request.url.replace(/([?&]key=)[^&]*/gi, '$1[redacted]'),
              }),
            },
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        DomainEventsModule,
        RateLimitModule,
        AuditModule,
        UsersModule,
        ApiKeysModule,
        AuthModule,
        AdminModule,
        IdempotencyModule,
        HealthModule,
        InquiriesModule,
        ContactsModule,
        SnowballModule,
        InteractionsModule,
        InsightsModule,
        ReflectionsModule,
        CommitmentsModule,
        OpportunitiesModule,
        AnalyticsModule,
        AgendaModule,
        NetworkModule,
      ],
      providers: [
        // Order matters: the IP budget before authentication (bad tokens count too), the user budget after.
        { provide: APP_GUARD, useClass: IpRateLimitGuard },
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useClass: UserRateLimitGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}

@Module({})
class ConfigHolderModule {}
