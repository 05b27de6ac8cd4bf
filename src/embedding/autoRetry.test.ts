import { describe, expect, it } from 'vitest';
import { AutoRetry, RETRY_DELAYS_MS } from './autoRetry';

function fakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  return {
    clock: {
      setTimeout: (callback: () => void, ms: number) => {
        timers.set(next, { at: now + ms, callback });
        return next++;
      },
      clearTimeout: (handle: unknown) => timers.delete(handle as number),
    },
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
    pending: () => timers.size,
  };
}

describe('AutoRetry', () => {
  it('waits longer after each failure, up to the last delay', () => {
    const time = fakeClock();
    const plans: (number | undefined)[] = [];
    let tries = 0;
    const retry = new AutoRetry(
      () => tries++,
      (at) => plans.push(at),
      time.clock,
    );
    const delays: number[] = [];
    for (let i = 0; i < RETRY_DELAYS_MS.length + 2; i++) {
      retry.failed();
      const delay = plans.filter((p) => p !== undefined).at(-1)!;
      delays.push(delay);
      time.advance(delay - 1);
      expect(tries).toBe(i);
      time.advance(1);
    }
    expect(delays).toEqual([...RETRY_DELAYS_MS, 60_000, 60_000]);
    expect(tries).toBe(RETRY_DELAYS_MS.length + 2);
  });

  it('tries at once when the network comes back, and not when nothing is planned', () => {
    const time = fakeClock();
    let tries = 0;
    const retry = new AutoRetry(
      () => tries++,
      () => {},
      time.clock,
    );
    retry.online();
    expect(tries).toBe(0);
    retry.failed();
    retry.online();
    expect(tries).toBe(1);
    expect(time.pending()).toBe(0);
  });

  it('reset forgets the plan and starts the delays again', () => {
    const time = fakeClock();
    const plans: (number | undefined)[] = [];
    const retry = new AutoRetry(
      () => {},
      (at) => plans.push(at),
      time.clock,
    );
    retry.failed();
    retry.failed();
    retry.reset();
    expect(plans.at(-1)).toBeUndefined();
    expect(time.pending()).toBe(0);
    retry.failed();
    expect(plans.at(-1)).toBe(RETRY_DELAYS_MS[0]);
  });
});
