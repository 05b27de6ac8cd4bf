import type { Vector } from './vector';

/**
 * Per dimension, sign(p)·|p|^(1/n) where p is the product of that dimension across all n vectors:
 * a signed geometric mean. Its size is large only when every vector is far from zero there; its sign
 * is the product's sign (with an even n, all-negative gives +). Computed from a sum of logarithms, so
 * hundreds of small factors do not underflow to 0 the way the bare product would.
 */
export function signedProductRoot(vectors: readonly Vector[]): Float64Array {
  if (vectors.length === 0) throw new RangeError('Need at least one vector');
  const dims = vectors[0].length;
  const n = vectors.length;
  const out = new Float64Array(dims);
  for (let d = 0; d < dims; d++) {
    let logSum = 0;
    let negative = false;
    for (const vector of vectors) {
      if (vector.length !== dims)
        throw new RangeError(`Vectors differ in length: ${dims} vs ${vector.length}`);
      const value = vector[d];
      logSum += Math.log(Math.abs(value));
      if (value < 0) negative = !negative;
    }
    const magnitude = Math.exp(logSum / n);
    out[d] = negative ? -magnitude : magnitude;
  }
  return out;
}
