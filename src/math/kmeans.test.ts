import { describe, expect, it } from 'vitest';
import { kMeans, kMeansPlusPlus, lloyd } from './kmeans';
import { unitRowsCopy } from './nearest';
import { gaussian, seededRandom } from './random';

/** `perBlob` noisy unit vectors around each of `blobs` random directions, blobs interleaved. */
function blobs(blobCount: number, perBlob: number, dims: number, noise: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const centres = Array.from({ length: blobCount }, () =>
    Array.from({ length: dims }, () => gaussian(random)),
  );
  const rows = new Float32Array(blobCount * perBlob * dims);
  for (let i = 0; i < blobCount * perBlob; i++)
    for (let d = 0; d < dims; d++) rows[i * dims + d] = centres[i % blobCount][d] + noise * gaussian(random);
  return unitRowsCopy(rows, dims);
}

/** Plain Lloyd's, written from the textbook with arrays of arrays, as an independent reference. */
function referenceLloyd(points: number[][], start: number[][]) {
  let centres = start.map((c) => [...c]);
  let labels: number[] = [];
  const sq = (a: number[], b: number[]) => a.reduce((s, x, d) => s + (x - b[d]) ** 2, 0);
  for (let iteration = 0; iteration < 100; iteration++) {
    const next = points.map((p) => {
      const distances = centres.map((c) => sq(p, c));
      return distances.indexOf(Math.min(...distances));
    });
    if (next.every((label, i) => label === labels[i])) break;
    labels = next;
    centres = centres.map((old, c) => {
      const members = points.filter((_, i) => labels[i] === c);
      if (members.length === 0) return old;
      return old.map((_, d) => members.reduce((s, m) => s + m[d], 0) / members.length);
    });
  }
  const inertia = points.reduce((s, p, i) => s + sq(p, centres[labels[i]]), 0);
  return { labels, inertia };
}

describe('lloyd', () => {
  it('agrees with an independent textbook Lloyd run from the same starting centres', () => {
    const dims = 12;
    const rows = blobs(6, 40, dims, 1.5, 1); // overlapping blobs: several iterations needed
    const points = Array.from({ length: rows.length / dims }, (_, i) =>
      Array.from(rows.subarray(i * dims, (i + 1) * dims)),
    );
    for (const seed of [1, 2, 3]) {
      const start = kMeansPlusPlus(rows, dims, 6, seededRandom(seed));
      const ours = lloyd(rows, dims, start);
      const reference = referenceLloyd(
        points,
        Array.from({ length: 6 }, (_, c) => Array.from(start.subarray(c * dims, (c + 1) * dims))),
      );
      expect(Array.from(ours.assignments)).toEqual(reference.labels);
      expect(ours.inertia).toBeCloseTo(reference.inertia, 6);
      expect(ours.iterations).toBeGreaterThan(1);
    }
  });
});

describe('kMeansPlusPlus', () => {
  it('starts from distinct rows, one in each of well separated blobs', () => {
    const dims = 8;
    const rows = blobs(5, 20, dims, 0.05, 2);
    const start = kMeansPlusPlus(rows, dims, 5, seededRandom(7));
    const blobOf = (c: number) => {
      for (let i = 0; i < 100; i++)
        if (rows.subarray(i * dims, (i + 1) * dims).every((x, d) => x === start[c * dims + d])) return i % 5;
      return -1;
    };
    expect(new Set([0, 1, 2, 3, 4].map(blobOf))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('rejects a k larger than the number of rows', () => {
    expect(() => kMeansPlusPlus(new Float32Array(6), 2, 4, seededRandom(1))).toThrow(/from 1 to 3/);
  });
});

describe('kMeans', () => {
  const dims = 10;
  const rows = blobs(8, 30, dims, 1.2, 3);

  it('gives the same clusters for the same seed', () => {
    const a = kMeans(rows, dims, 8, { seed: 5 });
    const b = kMeans(rows, dims, 8, { seed: 5 });
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments));
    expect(a.inertia).toBe(b.inertia);
  });

  it('keeps the restart with the lowest inertia', () => {
    const best = kMeans(rows, dims, 8, { seed: 9, restarts: 6 });
    const random = seededRandom(9);
    const singles = Array.from(
      { length: 6 },
      () => lloyd(rows, dims, kMeansPlusPlus(rows, dims, 8, random)).inertia,
    );
    expect(best.inertia).toBe(Math.min(...singles));
  });
});
