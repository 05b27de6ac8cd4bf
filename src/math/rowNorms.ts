import { norm, row } from './vector';

/** The length of every row of a row-major [n, dims] matrix. */
export function rowNorms(matrix: Float32Array, dims: number): number[] {
  if (dims <= 0 || matrix.length % dims !== 0)
    throw new RangeError(`${matrix.length} values do not split into rows of ${dims}`);
  return Array.from({ length: matrix.length / dims }, (_, i) => norm(row(matrix, dims, i)));
}
