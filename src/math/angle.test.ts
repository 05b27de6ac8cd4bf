import { describe, expect, it } from 'vitest';
import { angleDegrees } from './angle';

describe('angleDegrees', () => {
  it('gives 0 for the same direction, 90 for perpendicular and 180 for opposite vectors', () => {
    expect(angleDegrees([2, 0], [5, 0])).toBe(0);
    expect(angleDegrees([1, 0], [0, 3])).toBeCloseTo(90, 12);
    // acos is steep near −1, so the last float bits of the cosine show up as ~1e-6 degrees.
    expect(angleDegrees([1, 1], [-2, -2])).toBeCloseTo(180, 5);
  });

  it('matches the worked example [1,2] vs [3,4]: acos(11 / (√5·5)) ≈ 10.3°', () => {
    expect(angleDegrees([1, 2], [3, 4])).toBeCloseTo(
      (Math.acos(11 / (Math.sqrt(5) * 5)) * 180) / Math.PI,
      12,
    );
    expect(angleDegrees([1, 2], [3, 4]).toFixed(1)).toBe('10.3');
  });

  it('does not return NaN when rounding pushes the cosine past 1', () => {
    const a = [0.1, 0.7]; // a·a / (‖a‖‖a‖) comes out as 1.0000000000000002
    expect(angleDegrees(a, a)).toBe(0);
  });

  it('returns 90 with a zero vector (cosine 0 by convention)', () => {
    expect(angleDegrees([0, 0], [1, 2])).toBe(90);
  });
});
