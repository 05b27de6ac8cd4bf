/**
 * k-nearest neighbours by brute force: exact, and fast enough for 20,000 rows of 384 numbers
 * (a few ms per query). Ties go to the lower row index, so results are reproducible.
 */
import { normalizeRows } from './pooling';

/** A unit-length copy of every row (the store's vectors stay untouched). */
export function unitRowsCopy(data: ArrayLike<number>, dims: number): Float32Array {
  return normalizeRows(Float32Array.from(data), dims);
}

/** Row-major [queries, k]: neighbour row indices best first, and their scores. */
export interface Neighbours {
  k: number;
  indices: Int32Array;
  scores: Float64Array;
}

/**
 * Keeps the k best (largest) scores of one query in `indices`/`scores` at `offset`, best first.
 * Equal scores rank the lower row index first, whatever order the rows are offered in.
 */
export function offer(
  indices: Int32Array,
  scores: Float64Array,
  offset: number,
  k: number,
  index: number,
  score: number,
): void {
  const last = offset + k - 1;
  if (!(score > scores[last] || (score === scores[last] && index < indices[last]))) return;
  let slot = last;
  while (
    slot > offset &&
    (score > scores[slot - 1] || (score === scores[slot - 1] && index < indices[slot - 1]))
  ) {
    scores[slot] = scores[slot - 1];
    indices[slot] = indices[slot - 1];
    slot--;
  }
  scores[slot] = score;
  indices[slot] = index;
}

const GROUP = 4;

/**
 * For each query (row-major [q, dims], unit length), the k rows of `unitRows` with the largest
 * cosine similarity, best first. `ownRows[q]` is the query's own row, left out of its answer.
 */
export function nearestByCosine(
  unitRows: Float32Array,
  dims: number,
  queries: Float32Array,
  k: number,
  ownRows?: Int32Array,
): Neighbours {
  const n = unitRows.length / dims;
  const queryCount = queries.length / dims;
  const kept = Math.max(0, Math.min(k, n - (ownRows ? 1 : 0)));
  const indices = new Int32Array(queryCount * kept).fill(-1);
  const scores = new Float64Array(queryCount * kept).fill(-Infinity);
  if (kept === 0) return { k: kept, indices, scores };
  const consider = (q: number, i: number, score: number) => {
    if (ownRows?.[q] !== i) offer(indices, scores, q * kept, kept, i, score);
  };
  // Four queries share one pass over the rows: each row is read once per group, not once per query.
  const group = new Float32Array(GROUP * dims);
  for (let first = 0; first < queryCount; first += GROUP) {
    const size = Math.min(GROUP, queryCount - first);
    group.fill(0);
    group.set(queries.subarray(first * dims, (first + size) * dims));
    for (let i = 0; i < n; i++) {
      const offset = i * dims;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < dims; j++) {
        const x = unitRows[offset + j];
        s0 += group[j] * x;
        s1 += group[dims + j] * x;
        s2 += group[2 * dims + j] * x;
        s3 += group[3 * dims + j] * x;
      }
      consider(first, i, s0);
      if (size > 1) consider(first + 1, i, s1);
      if (size > 2) consider(first + 2, i, s2);
      if (size > 3) consider(first + 3, i, s3);
    }
  }
  return { k: kept, indices, scores };
}

/** The k points of a 2-D map (row-major [n, 2]) nearest to point `index`, nearest first. */
export function nearestOnMap(coords: Float64Array, index: number, k: number): Int32Array {
  const n = coords.length / 2;
  const kept = Math.max(0, Math.min(k, n - 1));
  const indices = new Int32Array(kept).fill(-1);
  // Negated squared distances, so "largest score" means "nearest".
  const scores = new Float64Array(kept).fill(-Infinity);
  if (kept === 0) return indices;
  const x = coords[index * 2];
  const y = coords[index * 2 + 1];
  for (let i = 0; i < n; i++) {
    if (i === index) continue;
    const dx = coords[i * 2] - x;
    const dy = coords[i * 2 + 1] - y;
    offer(indices, scores, 0, kept, i, -(dx * dx + dy * dy));
  }
  return indices;
}

/** Rows of a row-major [n, dims] matrix, gathered into a new row-major matrix. */
export function gatherRows(data: Float32Array, dims: number, rows: ArrayLike<number>): Float32Array {
  const out = new Float32Array(rows.length * dims);
  for (let r = 0; r < rows.length; r++)
    out.set(data.subarray(rows[r] * dims, (rows[r] + 1) * dims), r * dims);
  return out;
}
