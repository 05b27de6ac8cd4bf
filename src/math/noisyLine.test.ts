import { describe, expect, it } from 'vitest';
import { noisyLine } from './noisyLine';
import { fitPca } from './pca';

describe('noisyLine', () => {
  it('puts every point on the line when there is no noise', () => {
    const points = noisyLine(50, 0, 1, Math.PI / 4);
    for (let i = 0; i < 50; i++) expect(points[i * 2]).toBeCloseTo(points[i * 2 + 1], 12);
  });

  it('moves points only across the line as the noise grows', () => {
    const angle = Math.PI / 6;
    const calm = noisyLine(30, 0.1, 4, angle);
    const wild = noisyLine(30, 0.8, 4, angle);
    const along = (p: Float64Array, i: number) => p[i * 2] * Math.cos(angle) + p[i * 2 + 1] * Math.sin(angle);
    for (let i = 0; i < 30; i++) expect(along(wild, i)).toBeCloseTo(along(calm, i), 12);
  });

  it('lets the first principal component explain less as the noise grows', () => {
    const share = (noise: number) => fitPca(noisyLine(200, noise, 2), 2, 2).explainedVarianceRatio[0];
    expect(share(0)).toBeCloseTo(1, 12);
    expect(share(0.3)).toBeGreaterThan(share(0.8));
    expect(share(0.8)).toBeGreaterThan(0.5);
  });
});
