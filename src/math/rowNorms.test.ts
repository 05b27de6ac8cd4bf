import { describe, expect, it } from 'vitest';
import { rowNorms } from './rowNorms';

describe('rowNorms', () => {
  it('gives the length of each row', () => {
    expect(rowNorms(Float32Array.from([3, 4, 0, 0, 1, 0]), 2)).toEqual([5, 0, 1]);
  });

  it('rejects a matrix that does not split into whole rows', () => {
    expect(() => rowNorms(Float32Array.from([1, 2, 3]), 2)).toThrow(RangeError);
    expect(() => rowNorms(Float32Array.from([1, 2]), 0)).toThrow(RangeError);
  });
});
