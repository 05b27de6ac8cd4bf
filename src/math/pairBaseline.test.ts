import { describe, expect, it } from 'vitest';
import { percentileIn, percentileText, randomPairCosines, sameTitlePairCosines } from './pairBaseline';

/** Unit vectors in 2-D at the given angles (degrees): their cosines are known exactly. */
function atAngles(degrees: number[]) {
  const vectors = new Float32Array(degrees.length * 2);
  degrees.forEach((d, i) => {
    vectors[i * 2] = Math.cos((d * Math.PI) / 180);
    vectors[i * 2 + 1] = Math.sin((d * Math.PI) / 180);
  });
  return { vectors, dims: 2, rows: degrees.map((_, i) => i) };
}

describe('percentileIn', () => {
  const sample = Float64Array.from([0.1, 0.2, 0.2, 0.3, 0.4]);

  it('is the share of the sample below the value, ties counted half', () => {
    expect(percentileIn(sample, 0.05)).toBe(0);
    expect(percentileIn(sample, 0.15)).toBe(20);
    expect(percentileIn(sample, 0.2)).toBe(40); // 1 below, 2 ties → (1 + 1) / 5
    expect(percentileIn(sample, 0.35)).toBe(80);
    expect(percentileIn(sample, 0.9)).toBe(100);
  });

  it('is undefined without a sample', () => expect(percentileIn(new Float64Array(0), 0.5)).toBeUndefined());

  it('agrees with a brute-force count on a large sample', () => {
    const big = Float64Array.from({ length: 1001 }, (_, i) => Math.sin(i)).sort();
    for (const value of [-0.5, 0, 0.3, 0.999]) {
      const below = big.filter((x) => x < value).length;
      const ties = big.filter((x) => x === value).length;
      expect(percentileIn(big, value)).toBeCloseTo(((below + ties / 2) / big.length) * 100, 10);
    }
  });
});

describe('pair cosine samples', () => {
  it('random pairs are pairs of different rows with their true cosines', () => {
    const data = atAngles([0, 60, 90]); // cosines: 0°–60° 0.5, 0°–90° 0, 60°–90° cos 30°
    const cosines = randomPairCosines(data, 300);
    expect(cosines).toHaveLength(300);
    const distinct = [...new Set(Array.from(cosines, (c) => c.toFixed(6)))];
    expect(distinct.sort()).toEqual(['0.000000', '0.500000', Math.cos(Math.PI / 6).toFixed(6)]);
    // Each of the three pairs is drawn about a third of the time.
    const halves = cosines.filter((c) => Math.abs(c - 0.5) < 1e-6).length;
    expect(halves).toBeGreaterThan(60);
    expect(halves).toBeLessThan(140);
    expect([...cosines]).toEqual([...cosines].sort((a, b) => a - b));
  });

  it('random pairs need two rows', () => expect(randomPairCosines(atAngles([0]), 10)).toHaveLength(0));

  it('same-title pairs take every pair inside each title group, ignoring case and spacing', () => {
    const data = atAngles([0, 10, 90, 100, 45]);
    const titles = ['Nurse', 'nurse ', 'Chef', ' CHEF', 'Pilot'];
    const cosines = sameTitlePairCosines(data, titles);
    expect(Array.from(cosines)).toEqual(
      [Math.cos(Math.PI / 18), Math.cos(Math.PI / 18)].map((c) => expect.closeTo(c, 6)),
    );
  });

  it('same-title pairs are sampled down to the limit, only from real pairs', () => {
    const data = atAngles(Array.from({ length: 40 }, (_, i) => i));
    const cosines = sameTitlePairCosines(data, Array(40).fill('Chef'), 100);
    expect(cosines).toHaveLength(100);
    for (const c of cosines) expect(c).toBeGreaterThanOrEqual(Math.cos((39 * Math.PI) / 180) - 1e-6);
  });
});

describe('percentileText', () => {
  it('names whole percentiles and never claims 0 or 100', () => {
    expect([0.2, 1, 2, 3, 11, 12, 22, 97.4, 99.6].map(percentileText)).toEqual([
      '<1st',
      '1st',
      '2nd',
      '3rd',
      '11th',
      '12th',
      '22nd',
      '97th',
      '>99th',
    ]);
  });
});
