import { describe, expect, it } from 'vitest';
import { unitRowsCopy } from './nearest';
import { allNearestByCosine, allNearestOnMap } from './neighbourLists';
import { mean, recallPerPoint } from './neighbourPreservation';
import { gaussian, seededRandom } from './random';
import {
  computeUmap,
  PCA_FIRST_ABOVE,
  PCA_FIRST_DIMENSIONS,
  reducesWithPca,
  type UmapProgress,
} from './umap';

/** `n` unit vectors around 6 random directions, interleaved. */
function groups(n: number, dims: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const centres = Array.from({ length: 6 }, () => Array.from({ length: dims }, () => gaussian(random)));
  return unitRowsCopy(
    Float32Array.from(
      { length: n * dims },
      (_, i) => centres[Math.floor(i / dims) % 6][i % dims] + 0.6 * gaussian(random),
    ),
    dims,
  );
}

describe('computeUmap', () => {
  const dims = 16;
  const rows = groups(240, dims, 1);
  const options = { nNeighbors: 10, minDist: 0.1, seed: 7, nEpochs: 120 };

  it('gives identical coordinates for the same seed and different ones for another seed', () => {
    const a = computeUmap(rows, dims, options);
    const b = computeUmap(rows, dims, options);
    const c = computeUmap(rows, dims, { ...options, seed: 8 });
    expect(a.coords).toHaveLength(480);
    expect(Array.from(a.coords)).toEqual(Array.from(b.coords));
    expect(Array.from(a.coords)).not.toEqual(Array.from(c.coords));
    expect(a.reducedWithPca).toBe(false);
    expect(a.epochs).toBe(120);
  });

  it('keeps far more neighbourhoods than a random layout would (about 10 / 240)', () => {
    const { coords } = computeUmap(rows, dims, options);
    const full = allNearestByCosine(rows, dims, 10);
    expect(mean(recallPerPoint(full.indices, allNearestOnMap(coords, 10), 10))).toBeGreaterThan(0.3);
  });

  it('reports each phase in order, ending with every epoch done and an ETA of about zero', () => {
    const seen: UmapProgress[] = [];
    computeUmap(rows, dims, options, (progress) => seen.push(progress));
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(['neighbours', 'layout']);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ phase: 'layout', done: 120, total: 120 });
    expect(last.etaMs).toBeCloseTo(0, 6);
  });

  it('caps the neighbours at n − 1 and rejects unusable input', () => {
    expect(computeUmap(rows.subarray(0, 8 * dims), dims, { ...options, nNeighbors: 30 }).nNeighbors).toBe(7);
    expect(() => computeUmap(rows.subarray(0, 2 * dims), dims, options)).toThrow(/at least 3 rows/);
    expect(() => computeUmap(rows, dims, { ...options, minDist: -1 })).toThrow(/minimum distance/);
  });

  it(`reduces to ${PCA_FIRST_DIMENSIONS} PCA dimensions first above ${PCA_FIRST_ABOVE} rows`, () => {
    const wide = 64;
    const many = groups(PCA_FIRST_ABOVE + 1, wide, 2);
    const seen = new Set<string>();
    const result = computeUmap(many, wide, { ...options, nEpochs: 2 }, (p) => seen.add(p.phase));
    expect(result.reducedWithPca).toBe(true);
    expect([...seen]).toEqual(['pca', 'neighbours', 'layout']);
    expect(reducesWithPca(PCA_FIRST_ABOVE, wide)).toBe(false);
    expect(reducesWithPca(PCA_FIRST_ABOVE + 1, PCA_FIRST_DIMENSIONS)).toBe(false);
  });
});
