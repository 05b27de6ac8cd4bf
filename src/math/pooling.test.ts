import { describe, expect, it } from 'vitest';
import { meanPool, normalizeRows } from './pooling';

describe('meanPool', () => {
  it('averages only the tokens the mask keeps', () => {
    // batch 2, seq 3, dims 2; the second text has one padding token.
    const data = [1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 999, 999];
    const mask = [1, 1, 1, 1, 1, 0];
    const pooled = meanPool({ data, batch: 2, seq: 3, dims: 2 }, mask);
    expect(Array.from(pooled)).toEqual([3, 4, 20, 30]);
  });

  it('leaves an all-masked row at zero rather than dividing by zero', () => {
    const pooled = meanPool({ data: [5, 5], batch: 1, seq: 1, dims: 2 }, [0]);
    expect(Array.from(pooled)).toEqual([0, 0]);
  });
});

describe('normalizeRows', () => {
  it('scales each row to unit length in place', () => {
    const matrix = Float32Array.from([3, 4, 0, 2]);
    normalizeRows(matrix, 2);
    expect(Array.from(matrix)).toEqual([0.6000000238418579, 0.800000011920929, 0, 1]);
  });

  it('keeps a zero row at zero', () => {
    expect(Array.from(normalizeRows(new Float32Array(2), 2))).toEqual([0, 0]);
  });
});
