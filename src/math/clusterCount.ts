/**
 * Which k? Two classic scores per candidate k, for the page to show and a suggestion to start from:
 * - inertia (the elbow plot): always falls as k grows; look for where it stops falling fast;
 * - the mean silhouette: for each point, (b − a) / max(a, b) with a its mean distance to its own
 *   cluster and b to the nearest other cluster; from −1 to 1, higher is better separated.
 * For large sets the silhouette is computed on a seeded random sample of points (as scikit-learn's
 * `sample_size`): all distances among the sample, Euclidean like k-means.
 */
import { kMeans, type KMeansOptions } from './kmeans';
import type { ProgressCallback } from './neighbourLists';
import { sampleIndices } from './random';

/** Points the silhouette is computed on, at most. */
export const SILHOUETTE_SAMPLE = 1500;

export interface ClusterCountScore {
  k: number;
  inertia: number;
  /** Mean silhouette over the (sampled) points, −1..1. */
  silhouette: number;
}

export interface ClusterCountChoice {
  scores: ClusterCountScore[];
  /** The k with the highest silhouette (the smaller k on a tie). */
  suggested: number;
  /** Points the silhouette was averaged over. */
  silhouetteSample: number;
}

/** Mean silhouette of the rows listed in `points` (all of them by default), among those rows only. */
export function meanSilhouette(
  rows: Float32Array,
  dims: number,
  assignments: Int32Array,
  k: number,
  points?: Int32Array,
): number {
  const chosen = points ?? Int32Array.from({ length: rows.length / dims }, (_, i) => i);
  const m = chosen.length;
  const sums = new Float64Array(k);
  const counts = new Int32Array(k);
  for (const p of chosen) counts[assignments[p]]++;
  let total = 0;
  for (let a = 0; a < m; a++) {
    const i = chosen[a];
    sums.fill(0);
    for (let b = 0; b < m; b++) {
      const j = chosen[b];
      if (j === i) continue;
      let squared = 0;
      for (let d = 0; d < dims; d++) {
        const diff = rows[i * dims + d] - rows[j * dims + d];
        squared += diff * diff;
      }
      sums[assignments[j]] += Math.sqrt(squared);
    }
    const own = assignments[i];
    // A point alone in its cluster scores 0 (scikit-learn's convention).
    if (counts[own] <= 1) continue;
    const within = sums[own] / (counts[own] - 1);
    let between = Infinity;
    for (let c = 0; c < k; c++)
      if (c !== own && counts[c] > 0) between = Math.min(between, sums[c] / counts[c]);
    if (between === Infinity) continue;
    const spread = Math.max(within, between);
    total += spread > 0 ? (between - within) / spread : 0;
  }
  return m ? total / m : 0;
}

/** k-means for each k in `ks` (each at least 2), with its inertia and silhouette; suggests the best. */
export function scoreClusterCounts(
  rows: Float32Array,
  dims: number,
  ks: readonly number[],
  options: KMeansOptions,
  onProgress?: ProgressCallback,
): ClusterCountChoice {
  const n = rows.length / dims;
  if (ks.length === 0 || ks.some((k) => !Number.isInteger(k) || k < 2 || k >= n))
    throw new RangeError(`Each k must be a whole number from 2 to ${n - 1}`);
  const sample = sampleIndices(n, SILHOUETTE_SAMPLE, options.seed);
  const scores = ks.map((k, done) => {
    const result = kMeans(rows, dims, k, options);
    const silhouette = meanSilhouette(rows, dims, result.assignments, k, sample);
    onProgress?.(done + 1, ks.length);
    return { k, inertia: result.inertia, silhouette };
  });
  let suggested = scores[0];
  for (const score of scores) if (score.silhouette > suggested.silhouette) suggested = score;
  return { scores, suggested: suggested.k, silhouetteSample: sample.length };
}
