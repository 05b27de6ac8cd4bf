/**
 * Precomputed vectors are someone else's file: before they are used, every row must look like an
 * embedding (right width, numbers, length 1) and a few rows, picked at random each time, must be
 * what the running model makes of the same texts. A file for other texts or another model fails.
 */
import type { Dtype } from '../../embedding/protocol';
import { firstBadRow, maxAbsDifference } from '../../math/vectorCheck';
import type { JobDeps } from './embeddingJob';
import type { PrecomputedVectors } from './types';

/** Rows compared with the running model: enough to catch a crafted file, quick on any laptop. */
export const SPOT_CHECK_ROWS = 3;

/**
 * How far one component may differ between the file and this browser at each precision. The same
 * engine code in Node and in the browser agrees to about 1e-4 at q8 and fp32 (e2e/instant-mode);
 * fp16 on a GPU rounds more. A vector for another text differs by 0.1 or more.
 */
export const TOLERANCE: Record<Dtype, number> = { fp32: 1e-3, q8: 5e-3, fp16: 2e-2 };

/** Distinct random rows in [0, rows), at most `count` (the first steps of a Fisher–Yates shuffle). */
function pickRows(rows: number, count: number, random: () => number): number[] {
  const order = Array.from({ length: rows }, (_, i) => i);
  const picked = Math.min(count, rows);
  for (let i = 0; i < picked; i++) {
    const j = i + Math.floor(random() * (rows - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, picked).sort((a, b) => a - b);
}

/** Why the vectors must not be used, or undefined when they passed. */
export async function precomputedProblem(
  precomputed: PrecomputedVectors,
  texts: readonly string[],
  deps: Pick<JobDeps, 'embed'> & { random: () => number; signal: AbortSignal },
): Promise<string | undefined> {
  const { dims, file, dtype } = precomputed;
  const bad = firstBadRow(precomputed.vectors, dims);
  if (bad) return `row ${bad.row + 1} of ${file} is no embedding: ${bad.problem}`;
  const rows = pickRows(precomputed.rowCount, SPOT_CHECK_ROWS, deps.random);
  const here = new Float32Array(rows.length * dims);
  await deps.embed(
    rows.map((row) => texts[row]),
    {
      signal: deps.signal,
      onBatch: (indices, vectors) =>
        indices.forEach((i, k) => here.set(vectors.subarray(k * dims, (k + 1) * dims), i * dims)),
    },
  );
  for (const [k, row] of rows.entries()) {
    const difference = maxAbsDifference(
      precomputed.vectors.subarray(row * dims, (row + 1) * dims),
      here.subarray(k * dims, (k + 1) * dims),
    );
    if (difference > TOLERANCE[dtype])
      return `row ${row + 1} differs from what the model here makes of the same text by ${difference.toFixed(3)} (more than the ${TOLERANCE[dtype]} allowed at ${dtype}), so the file was not made by this model from these listings`;
  }
  return undefined;
}
