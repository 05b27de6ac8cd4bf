/**
 * Checks a stored or downloaded embedding before it is used: the model writes unit-length vectors
 * of its own width, so anything else (a NaN, a truncated row, a crafted file) is damaged.
 */
import { norm } from './vector';

/** How far from 1 a vector's length may be: fp16 storage and rounding stay far inside this. */
export const NORM_TOLERANCE = 1e-2;

/** Why `vector` is no usable embedding of width `dims`, or undefined when it is one. */
export function vectorProblem(vector: ArrayLike<number> | undefined, dims: number): string | undefined {
  if (!vector) return 'it is missing';
  if (vector.length !== dims) return `it has ${vector.length} values instead of ${dims}`;
  for (let i = 0; i < vector.length; i++)
    if (!Number.isFinite(vector[i])) return 'it holds values that are not numbers (NaN or infinity)';
  const length = norm(vector);
  if (Math.abs(length - 1) > NORM_TOLERANCE) return `its length is ${length.toFixed(3)} instead of 1`;
  return undefined;
}

/** The first damaged row of a row-major [rows, dims] matrix and why, or undefined when all are fine. */
export function firstBadRow(
  matrix: Float32Array,
  dims: number,
): { row: number; problem: string } | undefined {
  const rows = Math.floor(matrix.length / dims);
  if (rows * dims !== matrix.length) return { row: rows, problem: 'the values do not split into whole rows' };
  for (let r = 0; r < rows; r++) {
    const problem = vectorProblem(matrix.subarray(r * dims, (r + 1) * dims), dims);
    if (problem) return { row: r, problem };
  }
  return undefined;
}

/** The largest difference between two vectors, component by component. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return Number.isNaN(worst) ? Infinity : worst;
}
