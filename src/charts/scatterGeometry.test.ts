import { describe, expect, it } from 'vitest';
import { equalAspectScales, isCrowded, nearestInDirection, nearestTo, pointRadius } from './scatterGeometry';

const MARGINS = { top: 10, right: 10, bottom: 30, left: 40 };

describe('equalAspectScales', () => {
  it('uses the same pixels per unit on both axes and fits both extents', () => {
    const { x, y } = equalAspectScales([-2, 2], [-1, 0.5], 450, 340, MARGINS, 0);
    const perUnitX = x(1) - x(0);
    const perUnitY = y(0) - y(1);
    expect(perUnitX).toBeCloseTo(perUnitY, 10);
    // x is the tighter axis here: 4 units across 400 px.
    expect(perUnitX).toBeCloseTo(100, 10);
    expect(x(-2)).toBeCloseTo(40, 10);
    expect(x(2)).toBeCloseTo(440, 10);
    expect(y(-1)).toBeLessThanOrEqual(310);
    expect(y(0.5)).toBeGreaterThanOrEqual(10);
  });

  it('centres the data on the spare axis and points y upwards', () => {
    const { y } = equalAspectScales([-2, 2], [-1, 1], 450, 340, MARGINS, 0);
    expect(y(0)).toBeCloseTo((10 + 310) / 2, 10);
    expect(y(1)).toBeLessThan(y(0));
  });

  it('survives a single point (zero extent)', () => {
    const { x, y } = equalAspectScales([1, 1], [2, 2], 300, 200, MARGINS);
    expect(Number.isFinite(x(1))).toBe(true);
    expect(Number.isFinite(y(2))).toBe(true);
  });
});

describe('nearestInDirection', () => {
  // Screen coordinates (y grows downwards): 0 centre, 1 right, 2 far right, 3 up, 4 down-left, 5 right but steeply up.
  const xs = [100, 130, 200, 100, 80, 110];
  const ys = [100, 105, 100, 60, 130, 40];

  it('steps to the nearest point within the cone of the arrow', () => {
    expect(nearestInDirection(xs, ys, 0, 'right')).toBe(1);
    expect(nearestInDirection(xs, ys, 0, 'up')).toBe(3);
    expect(nearestInDirection(xs, ys, 0, 'down')).toBe(4);
    expect(nearestInDirection(xs, ys, 0, 'left')).toBeNull();
  });

  it('ignores points outside the cone and points that are left out', () => {
    // 5 is up-and-right but more up than right: not a "right" step.
    expect(nearestInDirection(xs, ys, 0, 'right', (i) => i !== 1)).toBe(2);
  });
});

describe('nearestTo', () => {
  it('finds the closest included point', () => {
    expect(nearestTo([0, 10, 20], [0, 0, 0], 12, 1)).toBe(1);
    expect(nearestTo([0, 10, 20], [0, 0, 0], 12, 1, (i) => i !== 1)).toBe(2);
    expect(nearestTo([0], [0], 1, 1, () => false)).toBeNull();
  });
});

describe('pointRadius and isCrowded', () => {
  it('shrinks dots as the number of points grows', () => {
    expect(pointRadius(100)).toBeGreaterThan(pointRadius(1000));
    expect(pointRadius(1000)).toBeGreaterThan(pointRadius(20000));
  });

  it('calls only the smallest-dot maps crowded', () => {
    expect(isCrowded(5000)).toBe(false);
    expect(isCrowded(5001)).toBe(true);
    expect(pointRadius(5001)).toBeLessThan(2);
  });
});
