/** Plain vector arithmetic on number arrays or Float32Arrays. No DOM, no React. */

export type Vector = ArrayLike<number>;

export function dot(a: Vector, b: Vector): number {
  assertSameLength(a, b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

export function norm(a: Vector): number {
  return Math.sqrt(dot(a, a));
}

/** cos θ = a·b / (‖a‖‖b‖); 0 when either vector is all zeros (no direction to compare). */
export function cosineSimilarity(a: Vector, b: Vector): number {
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot(a, b) / denominator;
}

export function euclideanDistance(a: Vector, b: Vector): number {
  assertSameLength(a, b);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return Math.sqrt(sum);
}

/** Returns a unit-length copy; the zero vector stays zero. */
export function normalize(a: Vector): Float32Array {
  const length = norm(a);
  const out = new Float32Array(a.length);
  if (length === 0) return out;
  for (let i = 0; i < a.length; i++) out[i] = a[i] / length;
  return out;
}

/** Row `i` of a row-major [n, dims] matrix, as a view (no copy). */
export function row(matrix: Float32Array, dims: number, i: number): Float32Array {
  return matrix.subarray(i * dims, (i + 1) * dims);
}

export interface VectorSummary {
  min: number;
  max: number;
  norm: number;
}

export function summarize(a: Vector): VectorSummary {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < a.length; i++) {
    min = Math.min(min, a[i]);
    max = Math.max(max, a[i]);
  }
  return { min, max, norm: norm(a) };
}

function assertSameLength(a: Vector, b: Vector): void {
  if (a.length !== b.length) throw new RangeError(`Vectors differ in length: ${a.length} vs ${b.length}`);
}
