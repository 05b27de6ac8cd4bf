/**
 * How many PCA components does a map need to keep neighbourhoods? For each count m of leading
 * components, every query point's k nearest neighbours in the m-component PCA space (exact, by
 * distance) are compared with its k nearest in the full space; the curve is the mean recall@k.
 */
import { offer } from './nearest';
import type { ProgressCallback } from './neighbourLists';
import { overlapShare } from './neighbourPreservation';

export interface RecallCurve {
  /** Component counts, ascending (x of the curve). */
  components: number[];
  /** Mean recall@k at each count (y of the curve), 0–1. */
  recall: Float64Array;
  k: number;
  /** How many points the mean is over (all of them, or a seeded sample for large sets). */
  queryCount: number;
}

/** Component counts 2, 3, …, up to `max` (capped by what the PCA kept). */
export function componentCounts(max: number): number[] {
  return Array.from({ length: Math.max(0, max - 1) }, (_, i) => i + 2);
}

/**
 * `pcaCoords`: row-major [n, kept] coordinates on the leading PCA components; `fullLists`:
 * row-major [n, k] full-space neighbours (allNearestByCosine). Every count in `counts` must be
 * between 1 and `kept`. `queries`: the rows averaged over (default all).
 */
export function recallByComponents(
  pcaCoords: Float64Array,
  kept: number,
  fullLists: Int32Array,
  k: number,
  counts: readonly number[],
  queries?: Int32Array,
  onProgress?: ProgressCallback,
): RecallCurve {
  const n = pcaCoords.length / kept;
  const sorted = [...new Set(counts)].sort((a, b) => a - b);
  if (sorted.some((c) => !Number.isInteger(c) || c < 1 || c > kept))
    throw new RangeError(`Component counts must be whole numbers from 1 to ${kept}`);
  const rows = queries ?? Int32Array.from({ length: n }, (_, i) => i);
  const curves = sorted.length;
  const sums = new Float64Array(curves);
  // One best-k list per component count, refilled for each query.
  const indices = new Int32Array(curves * k);
  const scores = new Float64Array(curves * k);
  const last = sorted[curves - 1] ?? 0;
  for (let q = 0; q < rows.length; q++) {
    const i = rows[q];
    indices.fill(-1);
    scores.fill(-Infinity);
    const own = i * kept;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const other = j * kept;
      let squared = 0;
      let curve = 0;
      // Distances on the first m components are running sums over m, so one pass feeds every curve.
      for (let m = 0; m < last; m++) {
        const d = pcaCoords[own + m] - pcaCoords[other + m];
        squared += d * d;
        if (m + 1 === sorted[curve]) {
          offer(indices, scores, curve * k, k, j, -squared);
          curve++;
        }
      }
    }
    const truth = fullLists.subarray(i * k, (i + 1) * k);
    for (let c = 0; c < curves; c++) sums[c] += overlapShare(truth, indices.subarray(c * k, (c + 1) * k));
    if (onProgress && (q % 16 === 15 || q === rows.length - 1)) onProgress(q + 1, rows.length);
  }
  const recall = sums.map((sum) => (rows.length ? sum / rows.length : 0));
  return { components: sorted, recall, k, queryCount: rows.length };
}
