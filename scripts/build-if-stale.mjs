/**
 * Builds dist/ with `nest build` only when a source is newer than the last build, so `npm start`
 * and `npm run bench` start in about a second when nothing changed. Plain JavaScript: it has to
 * run before anything is compiled. `node scripts/build-if-stale.mjs` on its own builds if needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What `nest build` compiles (tsconfig.build.json) and the files that change how it compiles. */
const SOURCE_DIRS = ['src', 'migrations', 'scripts', 'bench'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package.json'];
/** Written after a successful build: the time the build started. */
const STAMP = path.join(root, 'dist', '.build-stamp');
const ENTRY = path.join(root, 'dist', 'src', 'main.js');

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its directory's mtime
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** When dist/ was last built: the stamp, or (built by `npm run build`) the entry file's mtime. */
function builtAt() {
  if (existsSync(STAMP)) return statSync(STAMP).mtimeMs;
  if (existsSync(ENTRY)) return statSync(ENTRY).mtimeMs;
  return 0;
}

export function isBuildStale() {
  const built = builtAt();
  if (built === 0) return true;
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((name) => newestMtime(path.join(root, name)));
  return Math.max(...sources) > built;
}

/** Runs `nest build` if dist/ is missing or older than a source; throws if the build fails. */
export function buildIfStale({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (!isBuildStale()) return false;
  log('Sources changed since the last build: running nest build…');
  const startedAt = new Date();
  const nest = path.join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js');
  const result = spawnSync(process.execPath, [nest, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`nest build failed (exit code ${result.status ?? result.signal})`);
  writeFileSync(STAMP, `${startedAt.toISOString()}\n`);
  // The stamp's mtime is the build's start: a file saved during the build triggers the next one.
  utimesSync(STAMP, startedAt, startedAt);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildIfStale();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
