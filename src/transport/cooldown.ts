/** Per-user cooldown: one answered command or button per user per window. */
export class Cooldown {
  readonly #windowMs: number;
  readonly #last = new Map<string, number>();
  readonly #now: () => number;
  #inserts = 0;

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
    // Forget users whose window has passed, now and then, so the map stays as small as the window.
    if (++this.#inserts % 500 === 0) this.#sweep(now);
    return 0;
  }

  #sweep(now: number): void {
    for (const [user, at] of this.#last) if (now - at >= this.#windowMs) this.#last.delete(user);
  }
}
