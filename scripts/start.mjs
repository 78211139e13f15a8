/**
 * `npm start`: builds only when a source changed since the last build (scripts/build-if-stale.mjs),
 * then runs the compiled app with the Node flags and allocator settings of src/node-runtime.ts
 * (they keep its memory low, and have to be set before a process starts): as a child process, this
 * one only passing signals on and leaving with the app's exit code. On existing data it is ready in
 * about a second. Should this process be killed outright, the app goes too (it notices the closed
 * IPC channel and kills itself, as if it had been killed with it).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';

if (process.env.SNOWBALL_STARTED_BY === 'start.mjs') {
  // The app itself (the child below): die with the parent.
  // (unref: the channel must not keep the app alive once it has shut down.)
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  await import('../dist/src/main.js');
} else {
  try {
    buildIfStale();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { APP_NODE_FLAGS, APP_NODE_ENV } = await import('../dist/src/node-runtime.js');
  const app = spawn(process.execPath, [...APP_NODE_FLAGS, fileURLToPath(import.meta.url)], {
    cwd: process.cwd(),
    env: { ...process.env, ...APP_NODE_ENV, SNOWBALL_STARTED_BY: 'start.mjs' },
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => app.kill(signal));
  }
  app.on('exit', (code) => process.exit(code ?? 1));
}
