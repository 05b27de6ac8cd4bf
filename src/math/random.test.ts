import { describe, expect, it } from 'vitest';
import { gaussian, sampleIndices, seededRandom } from './random';

describe('seededRandom', () => {
  it('repeats for the same seed and differs across seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const random = seededRandom(1);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      sum += value;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});

describe('gaussian', () => {
  it('has mean 0 and variance 1', () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 20_000 }, () => gaussian(random));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const variance = draws.reduce((s, v) => s + (v - mean) ** 2, 0) / draws.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });
});

describe('sampleIndices', () => {
  it('returns distinct ascending indices in range', () => {
    const sample = sampleIndices(1000, 100, 42);
    expect(sample).toHaveLength(100);
    expect(new Set(sample).size).toBe(100);
    for (let i = 1; i < sample.length; i++) expect(sample[i]).toBeGreaterThan(sample[i - 1]);
    expect(sample[0]).toBeGreaterThanOrEqual(0);
    expect(sample[99]).toBeLessThan(1000);
  });

  it('is reproducible and depends on the seed', () => {
    expect(sampleIndices(500, 20, 1)).toEqual(sampleIndices(500, 20, 1));
    expect(sampleIndices(500, 20, 1)).not.toEqual(sampleIndices(500, 20, 2));
  });

  it('returns every index when the sample is at least as large as the set', () => {
    expect(Array.from(sampleIndices(5, 9, 1))).toEqual([0, 1, 2, 3, 4]);
  });
});
