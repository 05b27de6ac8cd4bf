import { describe, expect, it } from 'vitest';
import { contourPath, densityContours } from './densityContours';
import { gaussian, seededRandom } from '../math/random';

/** Two dense blobs in map units, around (0, 0) and (100, 50). */
function twoBlobs(): Float64Array {
  const random = seededRandom(1);
  return Float64Array.from({ length: 2 * 400 }, (_, i) => {
    const second = Math.floor(i / 2) % 2 === 1;
    return (i % 2 === 0 ? (second ? 100 : 0) : second ? 50 : 0) + 3 * gaussian(random);
  });
}

const ringsOf = (polygons: number[][][][]) => polygons.flatMap((polygon) => polygon);

describe('densityContours', () => {
  it('draws the densest contour as two islands around the two blobs, in map units', () => {
    const contours = densityContours(twoBlobs());
    expect(contours.length).toBeGreaterThan(2);
    const values = contours.map((c) => c.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const top = contours.at(-1)!;
    expect(top.polygons).toHaveLength(2);
    const centres = top.polygons
      .map((polygon) => {
        const ring = polygon[0];
        const x = ring.reduce((s, p) => s + p[0], 0) / ring.length;
        const y = ring.reduce((s, p) => s + p[1], 0) / ring.length;
        return [Math.round(x / 10) * 10, Math.round(y / 10) * 10];
      })
      .sort((a, b) => a[0] - b[0]);
    expect(centres).toEqual([
      [0, 0],
      [100, 50],
    ]);
  });

  it('keeps every ring of the lowest contour around the points, with room to spare', () => {
    const [lowest] = densityContours(twoBlobs());
    const xs = ringsOf(lowest.polygons).flatMap((ring) => ring.map((p) => p[0]));
    expect(Math.min(...xs)).toBeLessThan(-9);
    expect(Math.max(...xs)).toBeGreaterThan(109);
  });

  it('returns nothing for fewer than three points', () => {
    expect(densityContours(Float64Array.from([1, 1, 2, 2]))).toEqual([]);
  });
});

describe('contourPath', () => {
  it('turns a contour into an SVG path through the given pixel scales', () => {
    const square = {
      value: 1,
      polygons: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      ],
    };
    expect(
      contourPath(
        square,
        (x) => 10 + 100 * x,
        (y) => 200 - 100 * y,
      ),
    ).toBe('M10,200L110,200L110,100L10,100Z');
  });
});
