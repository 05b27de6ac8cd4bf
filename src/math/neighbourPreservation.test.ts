import { describe, expect, it } from 'vitest';
import { mean, neighbourShares, overlapShare, recallPerPoint } from './neighbourPreservation';
import { seededRandom } from './random';

describe('overlapShare', () => {
  it('counts the shared indices over the reference length', () => {
    expect(overlapShare([1, 2, 3, 4], [4, 9, 1, 8])).toBe(0.5);
    expect(overlapShare([1, 2], [3, 4])).toBe(0);
    expect(overlapShare([], [1])).toBe(0);
  });
});

describe('neighbourShares', () => {
  // Unit vectors around a circle: cosine order equals distance order, so a map that draws the
  // vectors where they are keeps every neighbourhood.
  const n = 40;
  const angles = Array.from({ length: n }, (_, i) => (2 * Math.PI * i) / n + 0.01 * Math.sin(i * 7));
  const unitRows = Float32Array.from(angles.flatMap((a) => [Math.cos(a), Math.sin(a)]));
  const everyPoint = Int32Array.from({ length: n }, (_, i) => i);

  it('is 1 for every point when the map is the space itself', () => {
    const coords = Float64Array.from(unitRows);
    expect(Array.from(neighbourShares(unitRows, 2, coords, everyPoint, 4))).toEqual(new Array(n).fill(1));
  });

  it('drops far below 1 when the map scatters the points at random', () => {
    const random = seededRandom(9);
    const coords = Float64Array.from({ length: n * 2 }, () => random());
    const shares = neighbourShares(unitRows, 2, coords, everyPoint, 4);
    const mean = shares.reduce((s, x) => s + x, 0) / n;
    expect(mean).toBeLessThan(0.4);
  });

  it('scores a hand-checked case', () => {
    // In the full space 0 and 1 point almost the same way, and so do 2 and 3.
    const rows = Float32Array.from([1, 0, 0.99, 0.141, 0, 1, 0.141, 0.99]);
    const faithful = Float64Array.from([0, 0, 0.1, 0, 10, 10, 10, 10.1]);
    expect(Array.from(neighbourShares(rows, 2, faithful, Int32Array.from([0, 3]), 1))).toEqual([1, 1]);
    // This map draws 0 beside 2 and 3 beside 1: both nearest neighbours are lost.
    const swapped = Float64Array.from([0, 0, 10, 10, 0.1, 0, 10, 10.1]);
    expect(Array.from(neighbourShares(rows, 2, swapped, Int32Array.from([0, 3]), 1))).toEqual([0, 0]);
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
