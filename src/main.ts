import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { resolveRuntime } from './config/resolve-config.js';
import { ConfigurationError } from './config/env.schema.js';

/** Nest's own start-up chatter (modules initialised, every route mapped, "started"): debug, not info. */
const START_UP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/**
 * Start-up logs in one line (see below): Nest logs each module and route at `log` (info) through
 * its own Logger class, whatever logger the app installs, so those contexts are demoted to debug here.
 * Only `main.ts` does this: the tests and the OpenAPI script keep Nest's defaults.
 */
function quietNestStartUp(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the instance as `this`
  const log = Logger.prototype.log;
  Logger.prototype.log = function (this: Logger & { context?: string }, message: unknown, ...params: unknown[]) {
    if (this.context && START_UP_CONTEXTS.has(this.context)) return this.debug(message, ...params);
    return log.call(this, message, ...params);
  };
}

/** Bootstrap only: resolve settings (and the embedded database), start the app, stop both cleanly. */
async function main(): Promise<void> {
  quietNestStartUp();
  const runtime = await resolveRuntime(process.env, (line) => {
    if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace')
      process.stderr.write(`[postgres] ${line}\n`);
  });
  let stopping = false;
  const stopEmbedded = async () => runtime.embedded?.stop();
  try {
    const app = await createApp(runtime.config);
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`Received ${signal}, shutting down\n`);
      await app.close();
      await stopEmbedded();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: runtime.config.port, host: '0.0.0.0' });
    process.stderr.write(
      `Snowball listening on http://localhost:${runtime.config.port} — Swagger UI at http://localhost:${runtime.config.port}/docs` +
        (runtime.embedded ? ` (embedded PostgreSQL under ${runtime.config.dataDir})` : '') +
        '\n',
    );
  } catch (error) {
    await stopEmbedded();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Snowball failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
