import { describe, expect, it } from 'vitest';
import { nearestByCosine, nearestOnMap, unitRowsCopy } from './nearest';
import { allNearestByCosine, allNearestByDistance, allNearestOnMap } from './neighbourLists';
import { gaussian, seededRandom } from './random';

function randomRows(n: number, dims: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: n * dims }, () => gaussian(random));
}

const everyRow = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('allNearestByCosine', () => {
  it('matches one query at a time, for a row count that is not a multiple of four', () => {
    const dims = 13;
    const unit = unitRowsCopy(randomRows(103, dims, 1), dims);
    const all = allNearestByCosine(unit, dims, 7);
    const one = nearestByCosine(unit, dims, unit, 7, everyRow(103));
    expect(all.k).toBe(7);
    expect(Array.from(all.indices)).toEqual(Array.from(one.indices));
    for (let i = 0; i < all.scores.length; i++) expect(all.scores[i]).toBeCloseTo(one.scores[i], 6);
  });

  it('ranks duplicate rows by their index and leaves each row out of its own list', () => {
    // Rows 0, 2 and 5 are the same vector; row 0's nearest are 2 then 5, row 5's are 0 then 2.
    const rows = Float32Array.from([1, 0, 0, 1, 1, 0, 0.6, 0.8, -1, 0, 1, 0]);
    const all = allNearestByCosine(rows, 2, 2);
    expect(Array.from(all.indices.subarray(0, 2))).toEqual([2, 5]);
    expect(Array.from(all.indices.subarray(10, 12))).toEqual([0, 2]);
    expect(Array.from(all.indices.subarray(4, 6))).toEqual([0, 5]);
  });

  it('caps k at n − 1 and reports progress up to the total', () => {
    const unit = unitRowsCopy(randomRows(5, 3, 2), 3);
    const seen: number[] = [];
    const all = allNearestByCosine(unit, 3, 10, (done, total) => seen.push(done / total));
    expect(all.k).toBe(4);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('allNearestByDistance', () => {
  it('finds the nearest rows by Euclidean distance and returns negated squared distances', () => {
    const dims = 5;
    const rows = randomRows(41, dims, 3).map((x, i) => x * (1 + (i % 7))); // rows of unequal length
    const found = allNearestByDistance(rows, dims, 4);
    for (let i = 0; i < 41; i++) {
      const distances = Array.from({ length: 41 }, (_, j) => {
        let sum = 0;
        for (let d = 0; d < dims; d++) sum += (rows[i * dims + d] - rows[j * dims + d]) ** 2;
        return { j, sum };
      })
        .filter(({ j }) => j !== i)
        .sort((a, b) => a.sum - b.sum || a.j - b.j);
      expect(Array.from(found.indices.subarray(i * 4, i * 4 + 4))).toEqual(
        distances.slice(0, 4).map((d) => d.j),
      );
      expect(-found.scores[i * 4]).toBeCloseTo(distances[0].sum, 4);
    }
  });
});

describe('allNearestOnMap', () => {
  const check = (coords: Float64Array, k: number) => {
    const n = coords.length / 2;
    const all = allNearestOnMap(coords, k);
    for (let i = 0; i < n; i++)
      expect(Array.from(all.subarray(i * k, (i + 1) * k))).toEqual(Array.from(nearestOnMap(coords, i, k)));
  };

  it('matches the one-point search on scattered points', () => {
    const random = seededRandom(4);
    check(
      Float64Array.from({ length: 2 * 500 }, () => random() * 100),
      10,
    );
  });

  it('matches it on tight clusters far apart, where most grid cells are empty', () => {
    const random = seededRandom(5);
    const coords = Float64Array.from(
      { length: 2 * 300 },
      (_, i) => (Math.floor(i / 200) === 0 ? 0 : 1000) + gaussian(random),
    );
    check(coords, 10);
  });

  it('matches it on a line, on repeated points and with k near n', () => {
    check(
      Float64Array.from({ length: 2 * 50 }, (_, i) => (i % 2 === 0 ? i : 0)),
      5,
    );
    check(Float64Array.from([0, 0, 0, 0, 1, 1, 0, 0, 2, 2, 1, 1]), 5);
    check(Float64Array.from([3, 3, 3, 3, 3, 3]), 2);
  });
});
