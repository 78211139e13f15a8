/**
 * Writes docs/openapi.json from the code, and the typed client's types from it (`npm run openapi`).
 * Tests fail when either file is stale.
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createApp } from '../src/app.factory.js';
import { resolveRuntime } from '../src/config/resolve-config.js';
import { buildOpenApiDocument } from '../src/openapi.js';
import { CLIENT_TYPES_PATH, renderClientTypes } from './client-types.js';

export const OPENAPI_PATH = 'docs/openapi.json';

async function main(): Promise<void> {
  const runtime = await resolveRuntime({ ...process.env, LOG_LEVEL: 'silent' });
  try {
    const app = await createApp(runtime.config);
    const document = buildOpenApiDocument(app);
    await writeFile(OPENAPI_PATH, `${JSON.stringify(document, null, 2)}\n`);
    await writeFile(CLIENT_TYPES_PATH, await renderClientTypes(document));
    await app.close();
    process.stdout.write(`Wrote ${OPENAPI_PATH} and ${CLIENT_TYPES_PATH}\n`);
  } finally {
    await runtime.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
