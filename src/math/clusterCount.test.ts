import { describe, expect, it } from 'vitest';
import { meanSilhouette, scoreClusterCounts } from './clusterCount';
import { unitRowsCopy } from './nearest';
import { gaussian, seededRandom } from './random';

describe('meanSilhouette', () => {
  it('matches a hand computation on two pairs of points', () => {
    const rows = Float32Array.from([0, 0, 0, 1, 10, 0, 10, 1]);
    // Each point: a = 1 (its partner), b = mean of 10 and √101 (the other pair), s = (b − a) / b.
    const b = (10 + Math.sqrt(101)) / 2;
    expect(meanSilhouette(rows, 2, Int32Array.from([0, 0, 1, 1]), 2)).toBeCloseTo((b - 1) / b, 6);
  });

  it('scores a point alone in its cluster 0', () => {
    const rows = Float32Array.from([0, 0, 0, 1, 10, 0]);
    // Points 0 and 1: a = 1, b = 10 and √101; point 2 counts 0.
    const expected = ((10 - 1) / 10 + (Math.sqrt(101) - 1) / Math.sqrt(101)) / 3;
    expect(meanSilhouette(rows, 2, Int32Array.from([0, 0, 1]), 2)).toBeCloseTo(expected, 6);
  });

  it('is negative when the clusters are drawn across the groups', () => {
    const rows = Float32Array.from([0, 0, 0, 1, 10, 0, 10, 1]);
    expect(meanSilhouette(rows, 2, Int32Array.from([0, 1, 0, 1]), 2)).toBeLessThan(0);
  });

  it('uses only the listed points when given a sample', () => {
    const rows = Float32Array.from([0, 0, 0, 1, 10, 0, 10, 1, 500, 500]);
    const labels = Int32Array.from([0, 0, 1, 1, 1]);
    const b = (10 + Math.sqrt(101)) / 2;
    expect(meanSilhouette(rows, 2, labels, 2, Int32Array.from([0, 1, 2, 3]))).toBeCloseTo((b - 1) / b, 6);
  });
});

describe('scoreClusterCounts', () => {
  it('suggests the number of well separated blobs and reports falling inertia', () => {
    const dims = 6;
    const random = seededRandom(3);
    const centres = Array.from({ length: 4 }, () => Array.from({ length: dims }, () => gaussian(random)));
    const rows = unitRowsCopy(
      Float32Array.from(
        { length: 200 * dims },
        (_, i) => centres[Math.floor(i / dims) % 4][i % dims] + 0.05 * gaussian(random),
      ),
      dims,
    );
    const choice = scoreClusterCounts(rows, dims, [2, 3, 4, 5, 6], { seed: 1 });
    expect(choice.suggested).toBe(4);
    expect(choice.silhouetteSample).toBe(200);
    const inertias = choice.scores.map((s) => s.inertia);
    for (let i = 1; i < inertias.length; i++) expect(inertias[i]).toBeLessThan(inertias[i - 1]);
  });

  it('refuses a k below 2 or not below the row count', () => {
    const rows = new Float32Array(10);
    expect(() => scoreClusterCounts(rows, 2, [1], { seed: 1 })).toThrow(/from 2 to 4/);
    expect(() => scoreClusterCounts(rows, 2, [5], { seed: 1 })).toThrow(/from 2 to 4/);
  });
});
