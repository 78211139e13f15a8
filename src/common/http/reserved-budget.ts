import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Requests an instance takes from the shared counter at once: 1 % of the quota (at least 1), so a
 * small budget (the tests' 5 a minute) is counted exactly, request by request, and a large one costs
 * one counter update per hundredth of it instead of one per request.
 */
export const reservationSize = (quota: number) => Math.max(1, Math.floor(quota / 100));

/** Where a key's budget stands after this request. */
export interface BudgetCount {
  /** Requests left in the window, as far as this instance knows (see ReservedBudget). */
  remaining: number;
  msBeforeNext: number;
}

/** Over budget: refused until the window ends. */
export class BudgetSpent extends Error {
  constructor(readonly msBeforeNext: number) {
    super('request budget spent');
  }
}

interface Reservation {
  /** Requests taken from the shared counter and not served yet. */
  tokens: number;
  /** What the shared counter had left after the last reservation. */
  remainingShared: number;
  /** When the window ends (the counter's own, as it answered). */
  resetAt: number;
  /** A reservation on its way to the shared counter: other requests for the key wait for it. */
  pending?: Promise<void>;
}

/**
 * A request budget per key and window, counted in a shared counter (rate-limiter-flexible's Postgres
 * store: every instance on the database draws on one budget), without one counter update per
 * request: an instance reserves `batch` requests at a time and serves them from memory until they
 * run out or the window ends (docs/operations.md, "Request budgets"). The budget is never exceeded (every
 * request served was counted in the shared counter first); what an instance holds unspent is what
 * the others can't use, so with N instances a client spread over all of them may be refused up to
 * N × (batch − 1) requests before its quota, i.e. about N % of it. `remaining` is exact on one
 * instance and, with several, may under-report by the others' unspent reservations.
 *
 * Near the end of a budget the reservations shrink to what the counter says is left; a reservation
 * the counter refuses (others spent it meanwhile) is given back and retried as a single request.
 * Once the counter says a key is spent, this instance refuses it from memory until the window ends,
 * without asking again (what rate-limiter-flexible's `inMemoryBlockOnConsumed` did).
 */
export class ReservedBudget {
  private readonly keys = new Map<string, Reservation>();

  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly batch: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for `key`; throws BudgetSpent when over budget. */
  async consume(key: string): Promise<BudgetCount> {
    for (;;) {
      const now = this.now();
      let held = this.keys.get(key);
      if (held && held.resetAt <= now && !held.pending) {
        this.keys.delete(key);
        held = undefined;
      }
      if (held?.pending) {
        await held.pending;
        continue;
      }
      if (held && held.tokens > 0) {
        held.tokens--;
        return { remaining: held.remainingShared + held.tokens, msBeforeNext: held.resetAt - now };
      }
      if (held && held.remainingShared <= 0) throw new BudgetSpent(held.resetAt - now);
      return this.reserve(key, held);
    }
  }

  /** Takes the next reservation from the shared counter and serves this request from it. */
  private async reserve(key: string, held: Reservation | undefined): Promise<BudgetCount> {
    const size = held ? Math.max(1, Math.min(this.batch, held.remainingShared)) : this.batch;
    const slot: Reservation = held ?? { tokens: 0, remainingShared: 0, resetAt: 0 };
    let release!: () => void;
    slot.pending = new Promise<void>((resolve) => (release = resolve));
    this.keys.set(key, slot);
    if (this.keys.size > 10_000) this.sweep();
    try {
      const counted = await this.take(key, size);
      slot.tokens = counted.taken - 1;
      slot.remainingShared = counted.res.remainingPoints;
      slot.resetAt = this.now() + counted.res.msBeforeNext;
      return { remaining: slot.remainingShared + slot.tokens, msBeforeNext: counted.res.msBeforeNext };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        this.keys.delete(key);
        throw error;
      }
      slot.tokens = 0;
      slot.remainingShared = 0;
      slot.resetAt = this.now() + error.msBeforeNext;
      throw new BudgetSpent(error.msBeforeNext);
    } finally {
      slot.pending = undefined;
      release();
    }
  }

  /** `size` requests from the counter, or (refused) given back and then one. */
  private async take(key: string, size: number): Promise<{ res: RateLimiterRes; taken: number }> {
    try {
      return { res: await this.limiter.consume(key, size), taken: size };
    } catch (error) {
      if (!(error instanceof RateLimiterRes) || size === 1) throw error;
      await this.limiter.reward(key, size);
      return { res: await this.limiter.consume(key, 1), taken: 1 };
    }
  }

  /** Drops the keys whose window ended. */
  private sweep(): void {
    const now = this.now();
    for (const [key, held] of this.keys) if (held.resetAt <= now && !held.pending) this.keys.delete(key);
  }
}
