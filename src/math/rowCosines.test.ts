import { describe, expect, it } from 'vitest';
import { cosineWithRows } from './rowCosines';

describe('cosineWithRows', () => {
  const matrix = Float32Array.from([1, 0, 0, 2, -3, 0, 0, 0]); // rows: x, 2y, -3x, zero

  it('scores the listed rows in the listed order', () => {
    expect(Array.from(cosineWithRows(matrix, 2, [2, 0, 1], [1, 0]))).toEqual([-1, 1, 0]);
  });

  it('ignores lengths (cosine, not raw dot product) and gives 0 for a zero row', () => {
    const scores = cosineWithRows(matrix, 2, [1, 3], [0, 5]);
    expect(Array.from(scores)).toEqual([1, 0]);
    expect(cosineWithRows(matrix, 2, [0], [1, 1])[0]).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('returns nothing for no rows', () => {
    expect(cosineWithRows(matrix, 2, [], [1, 0])).toHaveLength(0);
  });
});
