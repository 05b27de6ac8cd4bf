/**
 * UMAP of row vectors to 2-D with umap-js, seeded: the same rows, options and seed give the same
 * coordinates. Above PCA_FIRST_ABOVE rows the rows are first reduced to their 50 leading PCA
 * components (the usual practice: it keeps the neighbourhoods and makes the search 8× cheaper).
 * The neighbour graph is exact (allNearestByDistance) and handed to umap-js, which would otherwise
 * approximate it with its NN-descent, more slowly (see the README's "UMAP: what we measured").
 */
import { UMAP } from 'umap-js';
import { allNearestByDistance } from './neighbourLists';
import { fitPca, projectRows } from './pca';
import { seededRandom } from './random';

export interface UmapOptions {
  /** Neighbours each point's local structure is learned from: small keeps fine detail, large the big picture. */
  nNeighbors: number;
  /** How tightly points may be packed on the map: small makes dense islands, large spreads them out. */
  minDist: number;
  seed: number;
  /** Optimisation epochs; default umap-js's: 500 up to 2,500 rows, 400 to 5,000, 300 to 7,500, 200 above. */
  nEpochs?: number;
}

export const UMAP_DEFAULTS: UmapOptions = { nNeighbors: 15, minDist: 0.1, seed: 42 };

/** Above this many rows UMAP runs on the leading PCA_FIRST_DIMENSIONS components. */
export const PCA_FIRST_ABOVE = 5000;
export const PCA_FIRST_DIMENSIONS = 50;

export type UmapPhase = 'pca' | 'neighbours' | 'layout';

export interface UmapProgress {
  phase: UmapPhase;
  /** Work done and total within the phase (rows, pairs or epochs). */
  done: number;
  total: number;
  /** Since the run started. */
  elapsedMs: number;
  /** Estimated time left for the whole run; null until there is a rate to go by. */
  etaMs: number | null;
}

export interface UmapResult {
  /** Row-major [n, 2]. */
  coords: Float64Array;
  /** Whether the rows were reduced to PCA_FIRST_DIMENSIONS PCA components first. */
  reducedWithPca: boolean;
  /** Neighbours actually used (nNeighbors capped at n − 1). */
  nNeighbors: number;
  epochs: number;
  ms: number;
}

/** Share of the run each phase takes (PCA, neighbour graph, layout), measured on 2,300 and 20,000 × 384. */
const PHASE_WEIGHTS: Record<UmapPhase, number> = { pca: 0.05, neighbours: 0.2, layout: 0.75 };

/**
 * Progress with an ETA: from the phase weights until the layout starts, then from the layout's own
 * rate (its epochs take equal time, so that estimate is good).
 */
function progressReporter(reducing: boolean, onProgress?: (progress: UmapProgress) => void) {
  const started = performance.now();
  let layoutStarted = 0;
  const phases: UmapPhase[] = reducing ? ['pca', 'neighbours', 'layout'] : ['neighbours', 'layout'];
  const weightOf = (list: UmapPhase[]) => list.reduce((s, p) => s + PHASE_WEIGHTS[p], 0);
  const whole = weightOf(phases);
  return (phase: UmapPhase, done: number, total: number) => {
    if (!onProgress) return;
    const now = performance.now();
    const elapsedMs = now - started;
    if (phase === 'layout' && !layoutStarted) layoutStarted = now;
    let etaMs: number | null;
    if (phase === 'layout' && done > 0) etaMs = ((now - layoutStarted) / done) * (total - done);
    else {
      const before = weightOf(phases.slice(0, phases.indexOf(phase)));
      const share = (before + PHASE_WEIGHTS[phase] * (total ? done / total : 0)) / whole;
      etaMs = share > 0.02 ? (elapsedMs * (1 - share)) / share : null;
    }
    onProgress({ phase, done, total, elapsedMs, etaMs });
  };
}

/** Whether UMAP of n rows of `dims` numbers runs on PCA components (the page says so). */
export function reducesWithPca(n: number, dims: number): boolean {
  return n > PCA_FIRST_ABOVE && dims > PCA_FIRST_DIMENSIONS;
}

/** The rows UMAP sees: as given, or reduced to their leading PCA components when there are many. */
function umapInput(rows: Float32Array, dims: number): { data: Float32Array; dims: number; reduced: boolean } {
  if (!reducesWithPca(rows.length / dims, dims)) return { data: rows, dims, reduced: false };
  const model = fitPca(rows, dims, PCA_FIRST_DIMENSIONS);
  const data = Float32Array.from(projectRows(rows, model, PCA_FIRST_DIMENSIONS));
  return { data, dims: PCA_FIRST_DIMENSIONS, reduced: true };
}

/** Runs UMAP to the end, synchronously (in a worker); `onProgress` hears each phase and epoch. */
export function computeUmap(
  rows: Float32Array,
  dims: number,
  options: UmapOptions,
  onProgress?: (progress: UmapProgress) => void,
): UmapResult {
  const started = performance.now();
  const n = rows.length / dims;
  if (!Number.isInteger(n) || n < 3) throw new RangeError('UMAP needs at least 3 rows of equal length');
  if (!(options.nNeighbors >= 2) || !(options.minDist >= 0))
    throw new RangeError('UMAP needs at least 2 neighbours and a minimum distance of 0 or more');
  const reducing = reducesWithPca(n, dims);
  const report = progressReporter(reducing, onProgress);
  if (reducing) report('pca', 0, 1);
  const input = umapInput(rows, dims);
  const nNeighbors = Math.min(Math.round(options.nNeighbors), n - 1);
  // umap-js's neighbour lists start with the point itself (distance 0), as umap-learn's do.
  const found = allNearestByDistance(input.data, input.dims, nNeighbors - 1, (done, total) =>
    report('neighbours', done, total),
  );
  const knnIndices: number[][] = [];
  const knnDistances: number[][] = [];
  for (let i = 0; i < n; i++) {
    const others = found.indices.subarray(i * found.k, (i + 1) * found.k);
    const squared = found.scores.subarray(i * found.k, (i + 1) * found.k);
    knnIndices.push([i, ...others]);
    knnDistances.push([0, ...Array.from(squared, (s) => Math.sqrt(Math.max(0, -s)))]);
  }
  const umap = new UMAP({
    nNeighbors,
    minDist: options.minDist,
    nEpochs: options.nEpochs,
    random: seededRandom(options.seed),
  });
  umap.setPrecomputedKNN(knnIndices, knnDistances);
  const points: number[][] = [];
  for (let i = 0; i < n; i++)
    points.push(Array.from(input.data.subarray(i * input.dims, (i + 1) * input.dims)));
  const epochs = umap.initializeFit(points);
  report('layout', 0, epochs);
  for (let epoch = 0; epoch < epochs; epoch++) {
    umap.step();
    if (epoch % 5 === 4 || epoch === epochs - 1) report('layout', epoch + 1, epochs);
  }
  const coords = new Float64Array(n * 2);
  umap.getEmbedding().forEach((point, i) => coords.set(point, i * 2));
  return { coords, reducedWithPca: input.reduced, nNeighbors, epochs, ms: performance.now() - started };
}
