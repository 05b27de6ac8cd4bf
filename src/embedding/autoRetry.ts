/**
 * Retries a model download that failed for want of a network: after 2 s, 5 s, 10 s, … up to a
 * minute apart, and at once when the browser says the network is back (`online`).
 */
export const RETRY_DELAYS_MS: readonly number[] = [2_000, 5_000, 10_000, 20_000, 40_000, 60_000];

export interface RetryClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class AutoRetry {
  private attempt = 0;
  private handle: unknown;

  constructor(
    private readonly retry: () => void,
    /** How long until the planned try (ms), or undefined when none is planned. */
    private readonly onPlan: (delayMs: number | undefined) => void,
    private readonly clock: RetryClock = {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  ) {}

  /** A download failed: plan the next try, each one later than the last. */
  failed(): void {
    this.clear();
    const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)];
    this.attempt++;
    this.handle = this.clock.setTimeout(() => this.fire(), delay);
    this.onPlan(delay);
  }

  /** The network is back: try now instead of waiting, if a try is planned. */
  online(): void {
    if (this.handle !== undefined) this.fire();
  }

  /** Loaded, or the student cancelled or retried by hand: forget the plan and start counting anew. */
  reset(): void {
    this.clear();
    this.attempt = 0;
  }

  private fire(): void {
    this.clear();
    this.retry();
  }

  /** A load is under way (the planned one or another): no try is due until it fails. */
  clear(): void {
    if (this.handle === undefined) return;
    this.clock.clearTimeout(this.handle);
    this.handle = undefined;
    this.onPlan(undefined);
  }
}
