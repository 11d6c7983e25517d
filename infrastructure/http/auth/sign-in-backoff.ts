/** How wrong passwords slow down the next try. */
export interface BackoffPolicy {
  /** Wrong passwords that cost nothing, for typos. */
  readonly freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** A key left alone this long starts again from zero. */
  readonly forgetAfterMs: number;
}

export const SIGN_IN_BACKOFF: BackoffPolicy = {
  freeFailures: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

interface Failures {
  count: number;
  lastAt: number;
  refusedUntil: number;
}

/** Kept bounded: past this many keys, those forgotten or past their wait are dropped. */
const PRUNE_ABOVE = 10_000;

/**
 * Back-off per key (the sign-in's address and account): each wrong password past the free ones doubles the time the
 * key is refused. A right password from another address is another key, so nobody can lock an account for everybody;
 * the attacker's own address is slowed down exponentially. Held in this process's memory: a restart or a second
 * process starts with a clean slate, which costs an attacker nothing they could not get by waiting.
 */
export class SignInBackoff {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly policy: BackoffPolicy = SIGN_IN_BACKOFF) {}

  /** Milliseconds this key must still wait before its password is checked again; 0 when it may try now. */
  waitMs(key: string, now: number): number {
    const entry = this.current(key, now);
    return entry ? Math.max(0, entry.refusedUntil - now) : 0;
  }

  failed(key: string, now: number): void {
    const entry = this.current(key, now) ?? { count: 0, lastAt: now, refusedUntil: 0 };
    entry.count += 1;
    entry.lastAt = now;
    const past = entry.count - this.policy.freeFailures;
    if (past > 0)
      entry.refusedUntil =
        now + Math.min(this.policy.maxDelayMs, this.policy.firstDelayMs * 2 ** Math.min(past - 1, 30));
    this.failures.set(key, entry);
    if (this.failures.size > PRUNE_ABOVE) this.prune(now);
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private current(key: string, now: number): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && this.forgotten(entry, now)) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private forgotten(entry: Failures, now: number): boolean {
    return now - entry.lastAt >= this.policy.forgetAfterMs && now >= entry.refusedUntil;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) if (this.forgotten(entry, now)) this.failures.delete(key);
  }
}
