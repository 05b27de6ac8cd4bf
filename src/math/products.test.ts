import { describe, expect, it } from 'vitest';
import { signedProductRoot } from './products';

describe('signedProductRoot', () => {
  it('takes the n-th root of the element-wise product, keeping its sign', () => {
    // Dimension 0: 2·8 = 16 → √16 = 4. Dimension 1: −1·4 = −4 → −2. Dimension 2: −3·−12 = 36 → 6.
    const result = signedProductRoot([
      [2, -1, -3],
      [8, 4, -12],
    ]);
    expect(Array.from(result)).toEqual([
      expect.closeTo(4, 12),
      expect.closeTo(-2, 12),
      expect.closeTo(6, 12),
    ]);
  });

  it('matches sign(p)·|p|^(1/n) computed directly', () => {
    const vectors = [
      [0.05, -0.02, 0.1],
      [0.07, 0.03, -0.2],
      [-0.01, 0.04, 0.3],
    ];
    const result = signedProductRoot(vectors);
    for (let d = 0; d < 3; d++) {
      const product = vectors.reduce((p, v) => p * v[d], 1);
      expect(result[d]).toBeCloseTo(Math.sign(product) * Math.abs(product) ** (1 / 3), 14);
    }
  });

  it('is the vector itself for one vector', () => {
    expect(Array.from(signedProductRoot([Float32Array.from([0.5, -0.25])]))).toEqual([0.5, -0.25]);
  });

  it('is zero wherever any vector is zero', () => {
    expect(
      Array.from(
        signedProductRoot([
          [0, 2],
          [5, 2],
        ]),
      ),
    ).toEqual([0, 2]);
  });

  it('does not underflow for many small factors', () => {
    const vectors = Array.from({ length: 400 }, () => [0.01, -0.01]);
    const result = signedProductRoot(vectors);
    expect(result[0]).toBeCloseTo(0.01, 12);
    // 400 negatives: an even count, so the sign is +.
    expect(result[1]).toBeCloseTo(0.01, 12);
  });

  it('rejects an empty list and vectors of different lengths', () => {
    expect(() => signedProductRoot([])).toThrow(RangeError);
    expect(() => signedProductRoot([[1, 2], [1]])).toThrow(RangeError);
  });
});
