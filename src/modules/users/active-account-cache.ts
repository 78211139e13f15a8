/**
 * How long an instance trusts what it read of an account for authentication (enabled, role): a
 * disabled, demoted or deleted account is refused by every instance within this time, and at once by
 * the instance that made the change (it forgets the entry). docs/performance.md, "The write path".
 */
export const ACTIVE_ACCOUNT_TTL_MS = 5_000;
/** Entries kept at most; past it the cache starts over (a flood of distinct tokens can't grow it). */
const MAX_ENTRIES = 10_000;

/**
 * The accounts AuthGuard found enabled lately, per process. Only enabled accounts are kept (an
 * unknown or disabled one is read again every time). `forget` after a change commits; a read that
 * began before a `forget` is not kept (the generation moved on), so it can't put the old state back.
 */
export class ActiveAccountCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private generation = 0;

  constructor(
    private readonly ttlMs = ACTIVE_ACCOUNT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached account, or what `read` finds (kept when it is enabled, i.e. not null). */
  async get(id: string, read: () => Promise<T | null>): Promise<T | null> {
    const hit = this.entries.get(id);
    if (hit && hit.until > this.now()) return hit.value;
    const generation = this.generation;
    const value = await read();
    if (value === null) {
      this.entries.delete(id);
    } else if (generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(id, { value, until: this.now() + this.ttlMs });
    }
    return value;
  }

  /** The account changed (disabled, role, deleted): read it again next time. */
  forget(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }
}
