import fastifyHelmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { frameworkErrorOptions } from './common/http/framework-errors.js';
import { BODY_LIMIT_BYTES, installJsonBodyHandling } from './common/http/json-body.js';
import { createRootLogger, installAccessLog } from './common/http/logging.js';
import { generateRequestId } from './common/http/request-id.js';
import { installIdleMemoryRelease } from './common/runtime/idle-memory.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { UsageMeter } from './modules/admin/usage-meter.js';
import { IMPORT_UPLOAD_ROUTE, installImportBodyHandling } from './modules/imports/import-body.js';
import { UsersService } from './modules/users/users.service.js';
import { mountSwagger } from './openapi.js';

/**
 * Builds the whole application, ready to listen: used by `main.ts`, the tests and the OpenAPI script,
 * so all three see exactly the same routes, pipes and filters.
 */
export async function createApp(
  config: AppConfig,
  options: { migrate?: boolean; logDestination?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  // Standard output unless a destination is given (the logging tests read one).
  const logger = createRootLogger(config.logLevel, options.logDestination);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    genReqId: generateRequestId,
    requestIdHeader: false,
    // 414, 431 and requests the HTTP parser refuses answer in problem+json too (framework-errors.ts).
    ...frameworkErrorOptions,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    bufferLogs: true,
    // The body parsers are ours (json-body.ts): JSON only, depth-limited, refused cheaply when anonymous.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // Heap given back once requests stop (a no-op without --expose-gc, as in the tests).
  installIdleMemoryRelease(fastify);
  const usage = app.get(UsageMeter);
  installAccessLog(fastify, logger, (status, userId) => usage.record(status, userId));
  installJsonBodyHandling(app, fastify, { uploads: [IMPORT_UPLOAD_ROUTE] });
  // Contact imports take a file (multipart or raw) up to 10 MiB; every other route stays JSON-only.
  await installImportBodyHandling(fastify);
  await app.register(fastifyHelmet, {
    // Swagger UI needs inline scripts and styles; everything else is JSON.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:', 'validator.swagger.io'],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
      },
    },
  });
  app.useGlobalPipes(createValidationPipe());
  mountSwagger(app);

  try {
    if (options.migrate ?? true) {
      await app.get(DataSource).runMigrations({ transaction: 'each' });
    }
    if (config.admin) {
      // Creates the first admin, or refuses to start (ConfigurationError) rather than promote an account
      // nobody proved is the operator's: see UsersService.ensureAdmin.
      await app.get(UsersService).ensureAdmin(config.admin.email, config.admin.password);
    }
    await app.init();
    await fastify.ready();
  } catch (error) {
    // Release the database pool: a refused start must not keep connections (or the process) alive.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
