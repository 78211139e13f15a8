import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import {
  IdleMemoryRelease,
  installIdleMemoryRelease,
  type IdleMemoryOptions,
} from '../../src/common/runtime/idle-memory.js';

const MB = 1024 * 1024;
const OPTIONS: IdleMemoryOptions = {
  idleMs: 500,
  softLimitBytes: 200 * MB,
  growthBytes: 24 * MB,
  minIntervalMs: 5_000,
};

/** A release with a fake clock and resident size; `collections` counts the collections it ran. */
function setup(startRss = 190 * MB) {
  const state = { now: 0, rss: startRss, collections: 0 };
  const release = new IdleMemoryRelease(
    () => {
      state.collections += 1;
      state.rss = startRss;
    },
    () => state.rss,
    () => state.now,
    OPTIONS,
  );
  release.tick(); // the first tick reads the baseline
  return { state, release };
}

/** One request that grew the process by `grownBy`, then quiet until 10 s. */
function afterOneRequest({ state, release }: ReturnType<typeof setup>, grownBy: number) {
  release.requestStarted();
  state.rss += grownBy;
  release.requestEnded();
  state.now = 10_000;
}

describe('IdleMemoryRelease', () => {
  it('collects once the server has been idle and has grown', () => {
    const { state, release } = setup();
    release.requestStarted();
    state.rss += 60 * MB;
    state.now = 100;
    release.requestEnded();
    state.now = 400;
    expect(release.tick()).toBe(false); // idle for 300 ms only
    state.now = 600;
    expect(release.tick()).toBe(true);
    expect(state.collections).toBe(1);
  });

  it('never collects while a request is in flight, however long it takes', () => {
    const { state, release } = setup();
    release.requestStarted();
    state.rss += 200 * MB;
    for (state.now = 0; state.now < 60_000; state.now += 250) expect(release.tick()).toBe(false);
    release.requestEnded();
    state.now += 500;
    expect(release.tick()).toBe(true);
  });

  it('counts concurrent requests: idle only when the last one ends', () => {
    const { state, release } = setup();
    release.requestStarted();
    release.requestStarted();
    state.rss += 50 * MB;
    release.requestEnded();
    state.now = 10_000;
    expect(release.tick()).toBe(false);
    release.requestEnded();
    state.now = 10_600;
    expect(release.tick()).toBe(true);
  });

  it('does not collect when the process did not grow enough', () => {
    const { state, release } = setup();
    afterOneRequest({ state, release }, 23 * MB);
    expect(release.tick()).toBe(false);
    state.rss += 2 * MB;
    expect(release.tick()).toBe(true);
  });

  it('keeps collections apart, and measures growth from where the last one settled', () => {
    const { state, release } = setup();
    state.rss += 30 * MB;
    state.now = 1_000;
    expect(release.tick()).toBe(true); // rss back to 190 MB
    expect(release.tick()).toBe(false); // reads the settled baseline
    release.requestStarted();
    state.rss += 40 * MB;
    state.now = 2_000;
    release.requestEnded();
    state.now = 3_000;
    expect(release.tick()).toBe(false); // 2 s after the last collection
    state.now = 6_000;
    expect(release.tick()).toBe(true);
    expect(state.collections).toBe(2);
  });

  it('leaves a process under the soft limit alone, however much it grew', () => {
    const { state, release } = setup(100 * MB);
    afterOneRequest({ state, release }, 99 * MB);
    expect(release.tick()).toBe(false);
    state.rss += 1 * MB;
    expect(release.tick()).toBe(true);
  });

  it('a baseline read after a collection that did not shrink the process needs new growth', () => {
    const { state, release } = setup();
    state.rss += 30 * MB;
    state.now = 1_000;
    release.tick();
    state.rss = 300 * MB; // the collection gave nothing back this time
    release.tick();
    state.now = 20_000;
    expect(release.tick()).toBe(false);
    state.rss += 24 * MB;
    expect(release.tick()).toBe(true);
  });
});

describe('installIdleMemoryRelease', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('collects after the last response of a burst, not while one is being answered', async () => {
    const collected: number[] = [];
    const global = globalThis as { gc?: () => void };
    const saved = global.gc;
    global.gc = () => collected.push(Date.now());
    const fastify = Fastify();
    try {
      installIdleMemoryRelease(fastify, { idleMs: 300, softLimitBytes: 0, growthBytes: 0, minIntervalMs: 0 });
      fastify.get('/slow', async () => {
        await sleep(1_200);
        return { ok: true };
      });
      await fastify.listen({ port: 0, host: '127.0.0.1' });
      const { port } = fastify.server.address() as { port: number };
      await sleep(600); // idle since start: the first collection
      const before = collected.length;
      const answered = fetch(`http://127.0.0.1:${port}/slow`).then(() => Date.now());
      await sleep(100);
      const startedAt = Date.now();
      const endedAt = await answered;
      expect(collected.filter((at) => at > startedAt && at < endedAt)).toEqual([]);
      await sleep(800);
      expect(collected.length).toBeGreaterThan(before);
      expect(collected.at(-1)! - endedAt).toBeGreaterThanOrEqual(300);
    } finally {
      await fastify.close();
      global.gc = saved;
    }
  });

  it('does nothing when the process has no gc()', () => {
    const global = globalThis as { gc?: () => void };
    const saved = global.gc;
    delete global.gc;
    const fastify = Fastify();
    const hooks: string[] = [];
    const addHook = fastify.addHook.bind(fastify);
    fastify.addHook = ((name: string, ...rest: unknown[]) => {
      hooks.push(name);
      return (addHook as (...args: unknown[]) => unknown)(name, ...rest);
    }) as typeof fastify.addHook;
    try {
      installIdleMemoryRelease(fastify);
      expect(hooks).toEqual([]);
    } finally {
      global.gc = saved;
    }
  });
});
