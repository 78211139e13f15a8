import fastifyHelmet from '@fastify/helmet';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { sendProblem } from './common/errors/problem.filter.js';
import { generateRequestId } from './common/http/request-id.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { UsersService } from './modules/users/users.service.js';
import { mountSwagger } from './openapi.js';

/** Request bodies over this are refused with 413 (imports will have their own cap). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the whole application, ready to listen: used by `main.ts`, the tests and the OpenAPI script,
 * so all three see exactly the same routes, pipes and filters.
 */
export async function createApp(config: AppConfig, options: { migrate?: boolean; bufferLogs?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: true,
    genReqId: generateRequestId,
    requestIdHeader: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: options.bufferLogs ?? true,
  });
  app.useLogger(app.get(Logger));

  const fastify = app.getHttpAdapter().getInstance();
  const errorLogger = new NestLogger('Http');
  // Errors Fastify raises before Nest sees the request (body too large, malformed JSON).
  fastify.setErrorHandler((error, request, reply) => sendProblem(error, request, reply, errorLogger));
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
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

  if (options.migrate ?? true) {
    await app.get(DataSource).runMigrations({ transaction: 'each' });
  }
  if (config.admin) {
    await app.get(UsersService).ensureAdmin(config.admin.email, config.admin.password);
  }
  await app.init();
  await fastify.ready();
  return app;
}
