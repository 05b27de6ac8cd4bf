import { cosineSimilarity, type Vector } from './vector';

/** The angle between two vectors in degrees (0…180); 90 with a zero vector, whose cosine is 0 by convention. */
export function angleDegrees(a: Vector, b: Vector): number {
  // Rounding can push the cosine a hair past ±1, where acos is NaN.
  const cos = Math.min(1, Math.max(-1, cosineSimilarity(a, b)));
  return (Math.acos(cos) * 180) / Math.PI;
}
