import { describe, expect, it } from '@jest/globals';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { BudgetSpent, ReservedBudget, reservationSize } from '../../src/common/http/reserved-budget.js';

/** A shared counter (rate-limiter-flexible's memory store stands in for the Postgres one) that counts its calls. */
function counter(points: number) {
  const limiter = new RateLimiterMemory({ points, duration: 60 });
  const calls: string[] = [];
  const consume = limiter.consume.bind(limiter);
  const reward = limiter.reward.bind(limiter);
  limiter.consume = (key, n) => (calls.push(`consume ${n}`), consume(key, n));
  limiter.reward = (key, n) => (calls.push(`reward ${n}`), reward(key, n));
  return { limiter, calls, used: async (key: string) => (await limiter.get(key))?.consumedPoints ?? 0 };
}

async function serve(budget: ReservedBudget, key: string, n: number) {
  let served = 0;
  let refused = 0;
  for (let i = 0; i < n; i++) {
    try {
      await budget.consume(key);
      served++;
    } catch (error) {
      if (!(error instanceof BudgetSpent)) throw error;
      refused++;
    }
  }
  return { served, refused };
}

describe('ReservedBudget', () => {
  it('reserves 1 % of the quota (at least 1)', () => {
    expect(reservationSize(5)).toBe(1);
    expect(reservationSize(600)).toBe(6);
    expect(reservationSize(1_000_000_000)).toBe(10_000_000);
  });

  it('with a batch of 1 counts every request in the shared counter, and refuses a spent key from memory', async () => {
    const shared = counter(3);
    const budget = new ReservedBudget(shared.limiter, 1);
    const remaining = [];
    for (let i = 0; i < 3; i++) remaining.push((await budget.consume('k')).remaining);
    expect(remaining).toEqual([2, 1, 0]);
    await expect(budget.consume('k')).rejects.toBeInstanceOf(BudgetSpent);
    expect(shared.calls).toEqual(['consume 1', 'consume 1', 'consume 1']);
  });

  it('takes one counter update per batch, reports what is left exactly on one instance, and never serves over the quota', async () => {
    const shared = counter(100);
    const budget = new ReservedBudget(shared.limiter, 10);
    const first = await budget.consume('k');
    expect(first.remaining).toBe(99);
    expect(first.msBeforeNext).toBeGreaterThan(59_000);
    const rest = await serve(budget, 'k', 119);
    expect(rest).toEqual({ served: 99, refused: 20 });
    expect(shared.calls).toEqual(Array(10).fill('consume 10'));
    expect(await shared.used('k')).toBe(100);
  });

  it('shares one budget between instances: never over it, at most (batch − 1) per other instance left unused', async () => {
    const shared = counter(50);
    const a = new ReservedBudget(shared.limiter, 8);
    const b = new ReservedBudget(shared.limiter, 8);
    let served = 0;
    for (let i = 0; i < 80; i++) {
      const { served: one } = await serve(i % 3 === 0 ? b : a, 'k', 1);
      served += one;
    }
    expect(served).toBeLessThanOrEqual(50);
    expect(served).toBeGreaterThanOrEqual(50 - 2 * 7);
  });

  it('gives back a reservation the counter refuses (another instance spent it) and retries it as one request', async () => {
    const shared = counter(10);
    await shared.limiter.consume('k', 7); // spent elsewhere
    shared.calls.length = 0;
    const budget = new ReservedBudget(shared.limiter, 5);
    expect((await budget.consume('k')).remaining).toBe(2);
    expect(shared.calls).toEqual(['consume 5', 'reward 5', 'consume 1']);
    // Then it reserves only what the counter said is left.
    expect(await serve(budget, 'k', 4)).toEqual({ served: 2, refused: 2 });
    expect(shared.calls).toEqual(['consume 5', 'reward 5', 'consume 1', 'consume 2']);
  });

  it('coalesces concurrent requests of one key into one reservation', async () => {
    const shared = counter(1000);
    const budget = new ReservedBudget(shared.limiter, 10);
    const results = await Promise.all(Array.from({ length: 10 }, () => budget.consume('k')));
    expect(shared.calls).toEqual(['consume 10']);
    expect(results.map((r) => r.remaining).sort((x, y) => y - x)).toEqual([
      999, 998, 997, 996, 995, 994, 993, 992, 991, 990,
    ]);
  });

  it('starts over when the window ends', async () => {
    let now = 1_000_000;
    const shared = counter(2);
    const budget = new ReservedBudget(shared.limiter, 1, () => now);
    expect(await serve(budget, 'k', 3)).toEqual({ served: 2, refused: 1 });
    now += 61_000;
    await shared.limiter.delete('k'); // the counter's window ended too
    expect(await serve(budget, 'k', 1)).toEqual({ served: 1, refused: 0 });
  });
});
