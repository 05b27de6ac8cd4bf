import { cosineSimilarity, row } from './vector';

/**
 * The notebook's `job_embs.dot(query)`: the cosine of `query` with each of the given rows of a
 * row-major [n, dims] matrix, in the order of `rows`. (With unit-length vectors, as here, the dot
 * product and the cosine are the same number.)
 */
export function cosineWithRows(
  matrix: Float32Array,
  dims: number,
  rows: readonly number[],
  query: ArrayLike<number>,
): Float64Array {
  return Float64Array.from(rows, (i) => cosineSimilarity(row(matrix, dims, i), query));
}
