import { describe, expect, it } from 'vitest';
import { argsort, nearestExcluding, rankedExcluding, rankOf } from './ranking';

describe('argsort', () => {
  it('puts the largest first when descending and the smallest first when ascending', () => {
    expect(argsort([0.2, 0.9, -0.1, 0.5], 'descending')).toEqual([1, 3, 0, 2]);
    expect(argsort([0.2, 0.9, -0.1, 0.5], 'ascending')).toEqual([2, 0, 3, 1]);
  });

  it('keeps ties in index order in both directions', () => {
    expect(argsort([1, 3, 1, 3], 'descending')).toEqual([1, 3, 0, 2]);
    expect(argsort([1, 3, 1, 3], 'ascending')).toEqual([0, 2, 1, 3]);
  });

  it('works on typed arrays and empty input', () => {
    expect(argsort(Float32Array.from([2, 1]), 'ascending')).toEqual([1, 0]);
    expect(argsort([], 'descending')).toEqual([]);
  });
});

describe('rankedExcluding', () => {
  it('drops the excluded indices and keeps the order of the rest', () => {
    expect(rankedExcluding([0.2, 0.9, -0.1, 0.5], 'descending', [1])).toEqual([3, 0, 2]);
  });
});

describe('rankOf', () => {
  const scores = [0.2, 0.9, -0.1, 0.5];

  it('gives the 1-based position of the target', () => {
    expect(rankOf(scores, 1, 'descending')).toBe(1);
    expect(rankOf(scores, 0, 'descending')).toBe(3);
    expect(rankOf(scores, 0, 'ascending')).toBe(2);
  });

  it('moves the target up when better indices are excluded', () => {
    expect(rankOf(scores, 0, 'descending', [1, 3])).toBe(1);
  });

  it('throws when the target itself is excluded or out of range', () => {
    expect(() => rankOf(scores, 1, 'descending', [1])).toThrow(RangeError);
    expect(() => rankOf(scores, 7, 'descending')).toThrow(RangeError);
  });
});

describe('nearestExcluding', () => {
  it('returns the k best indices except the excluded ones', () => {
    expect(nearestExcluding([0.2, 0.9, -0.1, 0.5, 0.7], 2, 'descending', [1])).toEqual([4, 3]);
    expect(nearestExcluding([0.2, 0.9, -0.1, 0.5, 0.7], 2, 'ascending')).toEqual([2, 0]);
  });

  it('returns fewer than k when there are not enough values', () => {
    expect(nearestExcluding([0.3, 0.1], 5, 'descending', [0])).toEqual([1]);
  });
});
