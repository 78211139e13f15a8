import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { resolveRuntime } from './config/resolve-config.js';
import { ConfigurationError } from './config/env.schema.js';

/** Bootstrap only: resolve settings (and the embedded database), start the app, stop both cleanly. */
async function main(): Promise<void> {
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
