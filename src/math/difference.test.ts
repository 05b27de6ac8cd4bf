import { describe, expect, it } from 'vitest';
import { difference } from './difference';
import { euclideanDistance, norm } from './vector';

describe('difference', () => {
  it('subtracts dimension by dimension', () => {
    expect(Array.from(difference([1, 2, 3], [0.5, 4, -1]))).toEqual([0.5, -2, 4]);
  });

  it('has the Euclidean distance as its length', () => {
    const a = Float32Array.from([0.3, -0.1, 0.7]);
    const b = Float32Array.from([-0.2, 0.4, 0.1]);
    expect(norm(difference(a, b))).toBeCloseTo(euclideanDistance(a, b), 6);
  });

  it('rejects vectors of different lengths', () => {
    expect(() => difference([1], [1, 2])).toThrow(RangeError);
  });
});
