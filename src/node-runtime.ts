/**
 * How the Snowball process is started (scripts/start.mjs, the bench, the Dockerfile): Node flags and
 * allocator settings that keep its resident memory low (issue 8: RSS ≤ 250 MB after any request;
 * docs/performance.md, "Memory"). Both must be in place before the process starts, so `npm start`
 * runs the app as a child process with them.
 *
 * - `--max-semi-space-size=8` (MB): V8's young generation is three semi-spaces; Node's default of
 *   16 MB lets it hold ~48 MB of short-lived objects before a scavenge, and under 32 concurrent
 *   list requests the heap grew by that much and more and stayed there. 8 MB scavenges twice as
 *   often (each scavenge costs what survives, not what died) for ~25 MB less at rest.
 * - `--expose-gc`: lets the app run one full collection once requests stop and the process has grown
 *   (src/common/runtime/idle-memory.ts); V8 alone gives the grown heap back only after ~15 s idle.
 * - `MALLOC_ARENA_MAX=2`: glibc gives every thread that allocates its own 64 MB arena (libuv's
 *   thread pool, V8's GC and compiler threads, pg's TLS) and never returns an arena's pages while
 *   anything lives in it; two arenas keep the C heap from fanning out per thread.
 */
export const APP_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--expose-gc'];

export const APP_NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
