import { describe, expect, it } from 'vitest';
import { gatherRows, nearestByCosine, nearestOnMap, unitRowsCopy } from './nearest';
import { seededRandom } from './random';

/** Straightforward reference: score every row, sort (stable, so ties keep index order), take k. */
function referenceNearest(
  unitRows: Float32Array,
  dims: number,
  query: Float32Array,
  k: number,
  own = -1,
): number[] {
  const n = unitRows.length / dims;
  const scored: { i: number; s: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (i === own) continue;
    let s = 0;
    for (let j = 0; j < dims; j++) s += unitRows[i * dims + j] * query[j];
    scored.push({ i, s });
  }
  return scored
    .sort((a, b) => b.s - a.s)
    .slice(0, k)
    .map((x) => x.i);
}

describe('unitRowsCopy', () => {
  it('scales each row to length 1 and leaves zero rows at zero', () => {
    const out = Array.from(unitRowsCopy([3, 4, 0, 0, 0, 2], 2));
    [0.6, 0.8, 0, 0, 0, 1].forEach((expected, i) => expect(out[i]).toBeCloseTo(expected, 6));
  });

  it('leaves the input as it was', () => {
    const input = Float32Array.of(3, 4);
    unitRowsCopy(input, 2);
    expect(Array.from(input)).toEqual([3, 4]);
  });
});

describe('nearestByCosine', () => {
  const random = seededRandom(11);
  const dims = 16;
  const n = 120;
  const rows = unitRowsCopy(
    Float32Array.from({ length: n * dims }, () => random() - 0.5),
    dims,
  );

  it('matches a sort of every score, for any number of queries (groups of 4 and leftovers)', () => {
    for (const count of [1, 3, 4, 7]) {
      const own = Int32Array.from({ length: count }, (_, q) => q * 13);
      const result = nearestByCosine(rows, dims, gatherRows(rows, dims, own), 5, own);
      expect(result.k).toBe(5);
      for (let q = 0; q < count; q++) {
        const expected = referenceNearest(
          rows,
          dims,
          rows.subarray(own[q] * dims, (own[q] + 1) * dims),
          5,
          own[q],
        );
        expect(Array.from(result.indices.subarray(q * 5, q * 5 + 5))).toEqual(expected);
      }
    }
  });

  it('finds a row itself first when it is not excluded, with score 1', () => {
    const result = nearestByCosine(rows, dims, rows.slice(40 * dims, 41 * dims), 3);
    expect(result.indices[0]).toBe(40);
    expect(result.scores[0]).toBeCloseTo(1, 6);
    expect(result.scores[1]).toBeLessThanOrEqual(result.scores[0]);
    expect(result.scores[2]).toBeLessThanOrEqual(result.scores[1]);
  });

  it('breaks ties by the lower row index', () => {
    const twins = Float32Array.from([1, 0, 0, 1, 0, 1, 0, 1]);
    const result = nearestByCosine(twins, 2, Float32Array.from([0, 1]), 2);
    expect(Array.from(result.indices)).toEqual([1, 2]);
  });

  it('returns fewer neighbours when there are fewer rows than k', () => {
    const two = Float32Array.from([1, 0, 0, 1]);
    const result = nearestByCosine(two, 2, two.slice(0, 2), 10, Int32Array.from([0]));
    expect(result.k).toBe(1);
    expect(Array.from(result.indices)).toEqual([1]);
  });
});

describe('nearestOnMap', () => {
  it('lists the nearest points by straight-line distance, nearest first, without the point itself', () => {
    const coords = Float64Array.from([0, 0, 5, 0, 1, 1, -2, 0, 0, 0.5]);
    expect(Array.from(nearestOnMap(coords, 0, 3))).toEqual([4, 2, 3]);
    expect(Array.from(nearestOnMap(coords, 1, 10))).toEqual([2, 0, 4, 3]);
  });
});

describe('gatherRows', () => {
  it('copies the chosen rows in the given order', () => {
    const data = Float32Array.from([1, 2, 3, 4, 5, 6]);
    expect(Array.from(gatherRows(data, 2, [2, 0]))).toEqual([5, 6, 1, 2]);
  });
});
