import type { FastifyInstance } from 'fastify';

/**
 * Gives memory back once the server goes quiet (issue 8: RSS ≤ 250 MB after any request;
 * docs/performance.md, "Memory after a burst").
 *
 * Under 32 concurrent list requests, or one 10,000-row import, V8 grows its heap by tens of MB and
 * keeps it: its own memory reducer only shrinks the heap after about 15 s without allocation. Here,
 * when no request has been in flight for `idleMs`, the process is above `softLimitBytes` and has grown
 * by `growthBytes` since the last collection, one full collection runs (`gc()`, exposed by
 * `--expose-gc` in src/node-runtime.ts): 40–50 ms, while nothing waits on the event loop. Collections
 * are at least `minIntervalMs` apart. A collection is not free afterwards either: V8 starts again
 * from a small heap and the next burst pays for growing it (the write path measured ~15 % fewer
 * requests a second when collected at every pause), so a process under the soft limit is left alone.
 *
 * The decision is pure (`IdleMemoryRelease.tick`), so it is tested with a fake clock and heap.
 */
export interface IdleMemoryOptions {
  /** No request in flight for this long: the server is idle. */
  idleMs: number;
  /** Collect only above this resident size… */
  softLimitBytes: number;
  /** …and when resident memory grew by this much since the last collection settled. */
  growthBytes: number;
  /** At most one collection per this many milliseconds. */
  minIntervalMs: number;
}

export const IDLE_MEMORY_DEFAULTS: IdleMemoryOptions = {
  idleMs: 500,
  softLimitBytes: 200 * 1024 * 1024,
  growthBytes: 24 * 1024 * 1024,
  minIntervalMs: 2_000,
};

/** How often the idle check runs (an unref'd timer: it never keeps the process alive). */
export const IDLE_MEMORY_CHECK_MS = 250;

export class IdleMemoryRelease {
  private inFlight = 0;
  private lastActivityAt: number;
  private lastCollectAt = Number.NEGATIVE_INFINITY;
  /** Resident memory once the last collection settled (read on the tick after it: V8 unmaps pages a little later). */
  private baseline: number | null = null;

  constructor(
    private readonly collect: () => void,
    private readonly rss: () => number,
    private readonly now: () => number,
    private readonly options: IdleMemoryOptions = IDLE_MEMORY_DEFAULTS,
  ) {
    this.lastActivityAt = now();
  }

  requestStarted(): void {
    this.inFlight += 1;
    this.lastActivityAt = this.now();
  }

  requestEnded(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.lastActivityAt = this.now();
  }

  /** One check: returns whether it collected. */
  tick(): boolean {
    const now = this.now();
    if (this.baseline === null) {
      this.baseline = this.rss();
      return false;
    }
    if (this.inFlight > 0 || now - this.lastActivityAt < this.options.idleMs) return false;
    if (now - this.lastCollectAt < this.options.minIntervalMs) return false;
    const rss = this.rss();
    if (rss < this.options.softLimitBytes || rss - this.baseline < this.options.growthBytes) return false;
    this.collect();
    this.lastCollectAt = this.now();
    this.baseline = null;
    return true;
  }
}

/**
 * Counts the requests in flight of `fastify` (a response's `close` comes after it was sent or when
 * the client went away) and checks every `IDLE_MEMORY_CHECK_MS` until the instance closes. Does
 * nothing when the process was started without `--expose-gc` (the tests, `node dist/src/main.js` by
 * hand).
 */
export function installIdleMemoryRelease(
  fastify: FastifyInstance,
  options: IdleMemoryOptions = IDLE_MEMORY_DEFAULTS,
): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return;
  const release = new IdleMemoryRelease(gc, () => process.memoryUsage.rss(), Date.now, options);
  fastify.addHook('onRequest', (request, reply, done) => {
    release.requestStarted();
    reply.raw.once('close', () => release.requestEnded());
    done();
  });
  const timer = setInterval(() => release.tick(), IDLE_MEMORY_CHECK_MS);
  timer.unref();
  fastify.addHook('onClose', (_instance, done) => {
    clearInterval(timer);
    done();
  });
}
