import { nearestExcluding, rankOf } from './ranking';
import { cosineSimilarity, norm, type Vector } from './vector';

/** a − b + c, before scaling. Its length is usually not 1. Kept in double precision. */
export function analogyOffset(a: Vector, b: Vector, c: Vector): Float64Array {
  if (a.length !== b.length || a.length !== c.length) throw new RangeError('Vectors differ in length');
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i] + c[i];
  return out;
}

/**
 * a − b + c scaled to length 1, so that its dot product with a unit vector is a true cosine. The
 * zero vector (a = b = c… or a = b, c = 0) stays zero. Double precision (vector.normalize gives
 * float32), so rankings match a recomputation from the downloaded numbers.
 */
export function analogyVector(a: Vector, b: Vector, c: Vector): Float64Array {
  const offset = analogyOffset(a, b, c);
  const length = norm(offset);
  return length === 0 ? offset : offset.map((value) => value / length);
}

export interface AnalogyScores {
  /** cos(A, D): how close the start word already is. */
  before: number;
  /** cos(C, D): what adding C alone would give; the arithmetic must beat this to count. */
  baseline: number;
  /** cos(normalise(A − B + C), D). */
  after: number;
  /** ‖A − B + C‖ before scaling to length 1. */
  offsetLength: number;
  /** 1-based rank of the target among the candidates left after `exclude`. */
  rank: number;
  ranked: number;
  /** cos(result, candidate) for every candidate, in candidate order. */
  cosines: number[];
  /** The `k` candidates closest to the result, leaving out `exclude`. */
  nearest: number[];
}

/** Every number the analogy lesson shows, from the four vectors and the candidates. */
export function evaluateAnalogy(
  { a, b, c, d }: { a: Vector; b: Vector; c: Vector; d: Vector },
  candidates: readonly Vector[],
  target: number,
  exclude: readonly number[],
  k: number,
): AnalogyScores {
  const result = analogyVector(a, b, c);
  const cosines = candidates.map((candidate) => cosineSimilarity(result, candidate));
  return {
    before: cosineSimilarity(a, d),
    baseline: cosineSimilarity(c, d),
    after: cosineSimilarity(result, d),
    offsetLength: norm(analogyOffset(a, b, c)),
    rank: rankOf(cosines, target, 'descending', exclude),
    ranked: candidates.length - new Set(exclude).size,
    cosines,
    nearest: nearestExcluding(cosines, k, 'descending', exclude),
  };
}
