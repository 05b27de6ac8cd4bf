import { describe, expect, it } from 'vitest';
import { analogyOffset, analogyVector, evaluateAnalogy } from './analogy';
import { cosineSimilarity, norm } from './vector';

describe('analogy arithmetic', () => {
  it('computes a − b + c component by component', () => {
    expect(Array.from(analogyOffset([1, 2, 3], [0.5, 1, 4], [2, 0, 1]))).toEqual([2.5, 1, 0]);
  });

  it('scales the result to length 1 without changing its direction', () => {
    const result = analogyVector([3, 0], [0, 0], [0, 4]); // offset [3, 4], length 5
    expect(Array.from(result)).toEqual([0.6, 0.8]);
    expect(norm(result)).toBeCloseTo(1, 12);
  });

  it('leaves a zero offset at zero instead of dividing by zero', () => {
    expect(Array.from(analogyVector([1, 2], [1, 2], [0, 0]))).toEqual([0, 0]);
  });

  it('rejects vectors of different lengths', () => {
    expect(() => analogyOffset([1, 2], [1], [1, 2])).toThrow(RangeError);
  });
});

describe('evaluateAnalogy', () => {
  // A toy space where A − B + C lands exactly on D: king − man + woman = queen.
  const man = [1, 0, 0];
  const woman = [0, 1, 0];
  const king = [1, 0, 1];
  const queen = [0, 1, 1];
  const other = [1, 1, 0];
  const candidates = [man, other, queen, woman, king];

  it('reports before, baseline and after as true cosines', () => {
    const scores = evaluateAnalogy({ a: king, b: man, c: woman, d: queen }, candidates, 2, [0, 3, 4], 2);
    expect(scores.before).toBeCloseTo(cosineSimilarity(king, queen), 12);
    expect(scores.baseline).toBeCloseTo(cosineSimilarity(woman, queen), 12);
    expect(scores.after).toBeCloseTo(1, 6);
    // king − man + woman = [0, 1, 1], of length √2 until it is scaled.
    expect(scores.offsetLength).toBeCloseTo(Math.SQRT2, 12);
  });

  it('ranks the target among the candidates left after excluding A, B and C', () => {
    const scores = evaluateAnalogy({ a: king, b: man, c: woman, d: queen }, candidates, 2, [0, 3, 4], 2);
    expect(scores.rank).toBe(1);
    expect(scores.ranked).toBe(2);
    expect(scores.nearest).toEqual([2, 1]);
    expect(scores.cosines).toHaveLength(5);
    expect(scores.cosines[2]).toBeCloseTo(scores.after, 12);
  });

  it('counts excluded candidates out of the rank only when they are excluded', () => {
    // Cosines with the result: man 0, other 0.5, queen 1, woman 0.71, king 0.5.
    const scores = evaluateAnalogy({ a: king, b: man, c: woman, d: queen }, candidates, 2, [], 5);
    expect(scores.rank).toBe(1);
    expect(scores.nearest[1]).toBe(3);
    const offTarget = evaluateAnalogy({ a: king, b: man, c: woman, d: other }, candidates, 1, [], 5);
    expect(offTarget.rank).toBeGreaterThan(1);
  });
});
