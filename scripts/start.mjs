/**
 * `npm start`: builds only when a source changed since the last build (scripts/build-if-stale.mjs),
 * then runs the compiled app in this process. On existing data it is ready in about a second.
 */
import { buildIfStale } from './build-if-stale.mjs';

try {
  buildIfStale();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import('../dist/src/main.js');
