import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

describe('nextTask', () => {
  it('resolves after the microtasks queued before and during it, i.e. in a later task', async () => {
    const order: string[] = [];
    const yielded = nextTask().then(() => order.push('task'));
    let chain = Promise.resolve();
    for (let i = 0; i < 50; i++) chain = chain.then(() => void order.push('microtask'));
    await yielded;
    expect(order.indexOf('task')).toBe(50);
  });

  it('can be awaited many times in a row (one channel per call, each closed)', async () => {
    let count = 0;
    for (let i = 0; i < 200; i++) {
      await nextTask();
      count++;
    }
    expect(count).toBe(200);
  });
});
