import { describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from '../../math/random';
import { performMapJob } from './mapJobRunner';
import type { MapJobProgress, MapJobResults } from './mapJobsProtocol';

const dims = 8;
const n = 60;
const random = seededRandom(4);
// Raw (not unit-length) vectors: the jobs must normalise copies and leave these alone.
const vectors = Float32Array.from({ length: n * dims }, () => 3 * gaussian(random));
const original = Float32Array.from(vectors);

function run<K extends keyof MapJobResults>(job: Parameters<typeof performMapJob>[0] & { kind: K }) {
  const progress: MapJobProgress[] = [];
  const { result, transfer } = performMapJob(job, (p) => progress.push(p));
  return { result: result as MapJobResults[K], transfer, progress };
}

describe('performMapJob', () => {
  it('finds full-space neighbours, then the recall of a map and the recall curve from them', () => {
    const { result: full, transfer } = run({ kind: 'neighbours', vectors, dims, k: 5 });
    expect(full.k).toBe(5);
    expect(transfer).toEqual([full.indices.buffer, full.scores.buffer]);
    // A map of the first two numbers of each vector: some neighbourhoods kept, not all.
    const coords = Float64Array.from(
      { length: 2 * n },
      (_, i) => vectors[Math.floor(i / 2) * dims + (i % 2)],
    );
    const { result: recall } = run({ kind: 'recall', coords, fullNeighbours: full });
    expect(recall.perPoint).toHaveLength(n);
    expect(recall.mean).toBeGreaterThan(0);
    expect(recall.mean).toBeLessThan(1);
    const { result: curve, progress } = run({
      kind: 'recall-curve',
      vectors,
      dims,
      fullNeighbours: full,
      maxComponents: 50,
    });
    expect(curve.components).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(curve.recall.at(-1)).toBe(1);
    expect(progress.at(-1)).toMatchObject({ phase: 'components', done: n, total: n });
    expect(vectors).toEqual(original);
  });

  it('runs UMAP, k-means and the k scores', () => {
    const { result: umap, progress } = run({
      kind: 'umap',
      vectors,
      dims,
      options: { nNeighbors: 8, minDist: 0.1, seed: 1, nEpochs: 20 },
    });
    expect(umap.coords).toHaveLength(2 * n);
    expect(progress.at(-1)?.phase).toBe('layout');
    const { result: clusters } = run({ kind: 'kmeans', vectors, dims, k: 3, seed: 1 });
    expect(new Set(clusters.assignments)).toEqual(new Set([0, 1, 2]));
    const { result: counts } = run({ kind: 'cluster-counts', vectors, dims, ks: [2, 3, 4], seed: 1 });
    expect(counts.scores.map((s) => s.k)).toEqual([2, 3, 4]);
    expect(vectors).toEqual(original);
  });
});
