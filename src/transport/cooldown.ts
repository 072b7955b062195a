/** Per-user cooldown: one answered command or button per user per window. */
export class Cooldown {
  readonly #windowMs: number;
  readonly #last = new Map<string, number>();
  readonly #now: () => number;

  constructor(windowSeconds: number, now: () => number = Date.now) {
    this.#windowMs = windowSeconds * 1000;
    this.#now = now;
  }

  /** 0 when the user may go ahead (and starts their window), else the milliseconds to wait. */
  take(userId: string): number {
    if (this.#windowMs <= 0) return 0;
    const now = this.#now();
    const last = this.#last.get(userId);
    if (last !== undefined && now - last < this.#windowMs) return this.#windowMs - (now - last);
    this.#last.set(userId, now);
    if (this.#last.size > 10_000) this.#sweep(now);
    return 0;
  }

  #sweep(now: number): void {
    for (const [user, at] of this.#last) if (now - at >= this.#windowMs) this.#last.delete(user);
  }
}
