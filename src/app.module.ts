import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { DomainEventsModule } from './common/events/domain-events.js';
import { LOG_SERIALIZERS } from './common/http/logging.js';
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
import { SyncModule } from './modules/sync/sync.module.js';
import { DataRightsModule } from './modules/data-rights/data-rights.module.js';
import { DebriefsModule } from './modules/debriefs/debriefs.module.js';

@Module({})
export class AppModule {
  /** `logger`: the application's root pino logger (createRootLogger), shared with the access log. */
  static forRoot(config: AppConfig, logger: PinoLogger): DynamicModule {
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
            // The root logger (logging.ts) carries the level, serializers and redaction; the access
            // line is written by our own onResponse hook (installAccessLog), which knows the route
            // pattern and the signed-in user, so pino-http only binds each request's logs to its id.
            logger,
            autoLogging: false,
            genReqId: (request) => (request as { id?: string }).id ?? 'unknown',
            serializers: LOG_SERIALIZERS,
            // Ours alone: pino-http's wrappers would hand them its own serialization (message included).
            wrapSerializers: false,
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
        DebriefsModule,
        AnalyticsModule,
        AgendaModule,
        NetworkModule,
        SyncModule,
        DataRightsModule,
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
