import { describe, expect, it } from 'vitest';
import { unitRowsCopy } from './nearest';
import { allNearestByCosine } from './neighbourLists';
import { fitPca, projectRows } from './pca';
import { gaussian, seededRandom } from './random';
import { componentCounts, recallByComponents } from './recallCurve';

describe('componentCounts', () => {
  it('runs from 2 to the maximum', () => {
    expect(componentCounts(5)).toEqual([2, 3, 4, 5]);
    expect(componentCounts(1)).toEqual([]);
  });
});

describe('recallByComponents', () => {
  // Four points whose first coordinate pairs them one way and the second another way.
  const coords = Float64Array.from([0, 0, 0, 3, 1, 0, 1, 3]);
  // In the full (here: both coordinates) space each point's nearest is the one 1 away.
  const full = Int32Array.from([2, 3, 0, 1]);

  it('scores 0 where the kept components pair every point wrongly and 1 where they pair it rightly', () => {
    const curve = recallByComponents(coords, 2, full, 1, [2, 1]);
    expect(curve.components).toEqual([1, 2]);
    expect(Array.from(curve.recall)).toEqual([0, 1]);
    expect(curve.queryCount).toBe(4);
  });

  it('averages over the query rows only', () => {
    const wrongForRowZero = Int32Array.from([1, 3, 0, 1]);
    const curve = recallByComponents(coords, 2, wrongForRowZero, 1, [2], Int32Array.from([0, 1]));
    expect(Array.from(curve.recall)).toEqual([0.5]);
    expect(curve.queryCount).toBe(2);
  });

  it('is exactly 1 when PCA keeps every component, and lower when it keeps two', () => {
    const dims = 8;
    const n = 60;
    const random = seededRandom(11);
    const unit = unitRowsCopy(
      Float32Array.from({ length: n * dims }, () => gaussian(random)),
      dims,
    );
    const k = 5;
    const truth = allNearestByCosine(unit, dims, k);
    const pcaCoords = projectRows(unit, fitPca(unit, dims, dims), dims);
    const curve = recallByComponents(pcaCoords, dims, truth.indices, k, componentCounts(dims));
    expect(curve.recall.at(-1)).toBe(1);
    expect(curve.recall[0]).toBeLessThan(0.8);
  });

  it('rejects component counts the coordinates do not have', () => {
    expect(() => recallByComponents(coords, 2, full, 1, [3])).toThrow(/from 1 to 2/);
  });
});
