import type { Vector } from './vector';

/** a − b, dimension by dimension, in double precision. */
export function difference(a: Vector, b: Vector): Float64Array {
  if (a.length !== b.length) throw new RangeError(`Vectors differ in length: ${a.length} vs ${b.length}`);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}
