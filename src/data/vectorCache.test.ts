import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageTimeoutError, createVectorCache } from './vectorCache';

describe('vector cache when IndexedDB never answers', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives up after a time limit, then fails every call at once', async () => {
    vi.useFakeTimers();
    const open = vi.fn(() => ({}) as IDBOpenDBRequest); // no event ever fires
    vi.stubGlobal('indexedDB', { open });
    const cache = createVectorCache();
    const lookup = cache.getMany(['a']);
    const failed = expect(lookup).rejects.toThrow(StorageTimeoutError);
    await vi.advanceTimersByTimeAsync(5_000);
    await failed;
    await expect(lookup).rejects.toThrow("the browser's storage (IndexedDB) did not open within 5 s");
    await expect(cache.putMany([['a', Float32Array.from([1])]])).rejects.toThrow(StorageTimeoutError);
    await expect(cache.stats()).rejects.toThrow(StorageTimeoutError);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
