/** Writes docs/openapi.json from the code (`npm run openapi`). A test fails when the file is stale. */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createApp } from '../src/app.factory.js';
import { resolveRuntime } from '../src/config/resolve-config.js';
import { buildOpenApiDocument } from '../src/openapi.js';

export const OPENAPI_PATH = 'docs/openapi.json';

async function main(): Promise<void> {
  const runtime = await resolveRuntime({ ...process.env, LOG_LEVEL: 'silent' });
  try {
    const app = await createApp(runtime.config);
    await writeFile(OPENAPI_PATH, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
    await app.close();
    process.stdout.write(`Wrote ${OPENAPI_PATH}\n`);
  } finally {
    await runtime.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
