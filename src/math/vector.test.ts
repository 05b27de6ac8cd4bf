import { describe, expect, it } from 'vitest';
import { cosineSimilarity, dot, euclideanDistance, norm, normalize, row, summarize } from './vector';

describe('vector arithmetic', () => {
  it('computes the dot product term by term', () => {
    expect(dot([1, 2], [3, 4])).toBe(11);
  });

  it('computes cosine similarity as dot over the product of lengths', () => {
    // [1,2]·[3,4] = 11; ‖[1,2]‖ = √5, ‖[3,4]‖ = 5.
    expect(cosineSimilarity([1, 2], [3, 4])).toBeCloseTo(11 / (Math.sqrt(5) * 5), 12);
    expect(cosineSimilarity([1, 0], [0, 3])).toBe(0);
    expect(cosineSimilarity([1, 1], [-2, -2])).toBeCloseTo(-1, 12);
  });

  it('returns 0 for the cosine with a zero vector instead of NaN', () => {
    expect(cosineSimilarity([0, 0], [1, 2])).toBe(0);
  });

  it('normalises to unit length and leaves zero alone', () => {
    expect(norm(normalize([3, 4]))).toBeCloseTo(1, 6);
    expect(Array.from(normalize([0, 0]))).toEqual([0, 0]);
  });

  it('relates Euclidean distance and cosine for unit vectors: ‖a−b‖² = 2 − 2cos', () => {
    const a = normalize([0.3, -1.2, 2]);
    const b = normalize([1, 0.5, -0.25]);
    expect(euclideanDistance(a, b) ** 2).toBeCloseTo(2 - 2 * cosineSimilarity(a, b), 6);
  });

  it('rejects vectors of different lengths', () => {
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
  });

  it('reads a row of a row-major matrix without copying', () => {
    const matrix = Float32Array.from([1, 2, 3, 4, 5, 6]);
    const second = row(matrix, 3, 1);
    expect(Array.from(second)).toEqual([4, 5, 6]);
    expect(second.buffer).toBe(matrix.buffer);
  });

  it('summarises min, max and length', () => {
    expect(summarize([3, -4, 0])).toEqual({ min: -4, max: 3, norm: 5 });
  });
});
