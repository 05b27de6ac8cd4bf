import { describe, expect, it } from 'vitest';
import { mean, overlapShare, recallPerPoint } from './neighbourPreservation';

describe('overlapShare', () => {
  it('counts the shared indices over the reference length', () => {
    expect(overlapShare([1, 2, 3, 4], [4, 9, 1, 8])).toBe(0.5);
    expect(overlapShare([1, 2], [3, 4])).toBe(0);
    expect(overlapShare([], [1])).toBe(0);
  });
});

describe('recallPerPoint', () => {
  it('gives each point the share of its full-space neighbours kept on the map', () => {
    const full = Int32Array.from([1, 2, 0, 2, 0, 1]);
    const map = Int32Array.from([2, 1, 2, 3, 3, 2]);
    expect(Array.from(recallPerPoint(full, map, 2))).toEqual([1, 0.5, 0]);
    expect(mean(recallPerPoint(full, map, 2))).toBe(0.5);
  });

  it('refuses lists of different sizes', () => {
    expect(() => recallPerPoint(Int32Array.of(1, 0), Int32Array.of(1), 1)).toThrow(/same size/);
  });
});
