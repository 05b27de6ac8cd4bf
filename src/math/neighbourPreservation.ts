/**
 * How honest is a 2-D map? For a point, the share of its k nearest neighbours in the full space
 * (by cosine similarity) that are also among its k nearest on the map (by straight-line distance):
 * its recall@k. 1 means the map keeps every neighbourhood; random placement gives about k / n.
 */
/** Share of `reference` also found in `candidate` (both lists of k indices). */
export function overlapShare(reference: ArrayLike<number>, candidate: ArrayLike<number>): number {
  if (reference.length === 0) return 0;
  const found = new Set(Array.from(candidate));
  let shared = 0;
  for (let i = 0; i < reference.length; i++) if (found.has(reference[i])) shared++;
  return shared / reference.length;
}

/**
 * Recall@k of every point (the distortion lens): the share of its k nearest neighbours in the full
 * space (`fullLists`, row-major [n, k]) that are among its k nearest on the map (`mapLists`, [n, k]).
 */
export function recallPerPoint(fullLists: Int32Array, mapLists: Int32Array, k: number): Float64Array {
  const n = k > 0 ? fullLists.length / k : 0;
  if (mapLists.length !== fullLists.length)
    throw new RangeError('Full-space and map neighbour lists must be the same size');
  const recall = new Float64Array(n);
  for (let i = 0; i < n; i++)
    recall[i] = overlapShare(fullLists.subarray(i * k, (i + 1) * k), mapLists.subarray(i * k, (i + 1) * k));
  return recall;
}

/** The mean of some numbers (0 for none). */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length ? sum / values.length : 0;
}
