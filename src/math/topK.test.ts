import { describe, expect, it } from 'vitest';
import { topK } from './topK';

describe('topK', () => {
  it('returns the indices of the k largest scores, best first', () => {
    expect(topK([0.2, 0.9, -0.5, 0.4], 2, (v) => v)).toEqual([1, 3]);
  });

  it('ranks by the given score, e.g. magnitude', () => {
    expect(topK([0.2, 0.9, -1.5, 0.4], 2, Math.abs)).toEqual([2, 1]);
  });

  it('keeps index order for ties (stable)', () => {
    expect(topK([1, 3, 3, 1, 3], 4, (v) => v)).toEqual([1, 2, 4, 0]);
  });

  it('passes the index to the score function', () => {
    expect(topK(['a', 'b', 'c'], 2, (_, index) => -index)).toEqual([0, 1]);
  });

  it('works on typed arrays and objects', () => {
    expect(topK(Float32Array.from([1, 5, 2]), 1, (v) => v)).toEqual([1]);
    expect(topK([{ score: 1 }, { score: 7 }], 1, (item) => item.score)).toEqual([1]);
  });

  it('clamps k to the number of values and to zero', () => {
    expect(topK([3, 1, 2], 10, (v) => v)).toEqual([0, 2, 1]);
    expect(topK([3, 1, 2], 0, (v) => v)).toEqual([]);
    expect(topK([3, 1, 2], -2, (v) => v)).toEqual([]);
    expect(topK([], 3, (v: number) => v)).toEqual([]);
  });

  it('puts NaN scores last', () => {
    expect(topK([Number.NaN, 1, -Infinity, 2], 4, (v) => v)).toEqual([3, 1, 0, 2]);
  });
});
