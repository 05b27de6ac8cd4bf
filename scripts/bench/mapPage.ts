// Runs in the map benchmark page: the app's own map-jobs client and worker (same build), timed
// from the request to the result, worker start and data copy included.
import { runMapJob } from '../../src/lessons/pca-map/mapJobsClient';
import { UMAP_DEFAULTS } from '../../src/math/umap';
import type { MapJobTiming } from './mapJobTiming';
import { randomUnitVectors } from './randomVectors';

const DIMS = 384;

/** The given vectors, or `rows` seeded random unit vectors. */
const input = (rows: number, vectors?: number[]) =>
  vectors ? Float32Array.from(vectors) : randomUnitVectors(rows, DIMS, rows);

async function umap(rows: number, vectors?: number[]): Promise<MapJobTiming> {
  const data = input(rows, vectors);
  const started = performance.now();
  const result = await runMapJob({ kind: 'umap', vectors: data, dims: DIMS, options: UMAP_DEFAULTS });
  return {
    rows: data.length / DIMS,
    ms: performance.now() - started,
    note: result.reducedWithPca ? 'PCA to 50 first' : '',
  };
}

async function kmeans(rows: number, k: number): Promise<MapJobTiming> {
  const data = input(rows);
  const started = performance.now();
  const result = await runMapJob({ kind: 'kmeans', vectors: data, dims: DIMS, k, seed: 1 });
  return {
    rows,
    ms: performance.now() - started,
    note: `k = ${k}, ${result.iterations} iterations in the best restart`,
  };
}

async function lens(rows: number): Promise<MapJobTiming> {
  const data = input(rows);
  const started = performance.now();
  const fullNeighbours = await runMapJob({ kind: 'neighbours', vectors: data, dims: DIMS, k: 10 });
  const neighboursMs = performance.now() - started;
  const coords = Float64Array.from({ length: 2 * rows }, (_, i) => data[Math.floor(i / 2) * DIMS + (i % 2)]);
  await runMapJob({ kind: 'recall', coords, fullNeighbours });
  return {
    rows,
    ms: performance.now() - started,
    note: `full-space neighbours ${neighboursMs.toFixed(0)} ms`,
  };
}

Object.assign(window, { mapBench: { umap, kmeans, lens } });
