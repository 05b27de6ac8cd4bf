import { describe, expect, it } from 'vitest';
import { cubeCorners } from './cube';
import { angleDegrees } from './angle';
import {
  firstPowerOfTwoAbove,
  groupDigits,
  neighbourCornerAngleDegrees,
  powerOfTwo,
  toScientific,
} from './directions';

describe('powerOfTwo', () => {
  it('is exact beyond what a float can hold', () => {
    expect(powerOfTwo(0)).toBe(1n);
    expect(powerOfTwo(10)).toBe(1024n);
    expect(powerOfTwo(64)).toBe(18446744073709551616n);
    // A float would round this: 2^1000 has 302 digits.
    expect(powerOfTwo(1000).toString()).toHaveLength(302);
    // First and last digits checked against Python's arbitrary-precision integers.
    expect(powerOfTwo(1000).toString().slice(0, 20)).toBe('10715086071862673209');
    expect(powerOfTwo(1000) % 10n ** 20n).toBe(24386837205668069376n);
  });

  it('rejects fractions and negatives', () => {
    expect(() => powerOfTwo(1.5)).toThrow(RangeError);
    expect(() => powerOfTwo(-1)).toThrow(RangeError);
  });
});

describe('groupDigits', () => {
  it('puts commas between groups of three', () => {
    expect(groupDigits(0n)).toBe('0');
    expect(groupDigits(999n)).toBe('999');
    expect(groupDigits(1000n)).toBe('1,000');
    expect(groupDigits(1048576n)).toBe('1,048,576');
    expect(groupDigits(-1234567n)).toBe('-1,234,567');
  });
});

describe('toScientific', () => {
  it('gives 2^384 ≈ 3.9 × 10^115 and 2^1000 ≈ 1.1 × 10^301', () => {
    expect(toScientific(powerOfTwo(384))).toEqual({ mantissa: '3.9', exponent: 115 });
    expect(toScientific(powerOfTwo(1000))).toEqual({ mantissa: '1.1', exponent: 301 });
    expect(toScientific(powerOfTwo(266), 3)).toEqual({ mantissa: '1.19', exponent: 80 });
  });

  it('rounds half up on the exact digits', () => {
    expect(toScientific(1249n)).toEqual({ mantissa: '1.2', exponent: 3 });
    expect(toScientific(1250n)).toEqual({ mantissa: '1.3', exponent: 3 });
    expect(toScientific(10n ** 40n + 5n * 10n ** 38n)).toEqual({ mantissa: '1.1', exponent: 40 });
    expect(toScientific(10n ** 40n + 5n * 10n ** 38n - 1n)).toEqual({ mantissa: '1.0', exponent: 40 });
  });

  it('carries into the next power of ten when rounding up 9.9…', () => {
    expect(toScientific(9960n)).toEqual({ mantissa: '1.0', exponent: 4 });
    expect(toScientific(999n, 1)).toEqual({ mantissa: '1', exponent: 3 });
  });

  it('pads short values with zeros', () => {
    expect(toScientific(8n)).toEqual({ mantissa: '8.0', exponent: 0 });
    expect(toScientific(64n, 3)).toEqual({ mantissa: '6.40', exponent: 1 });
  });

  it('rejects zero, negatives and a bad digit count', () => {
    expect(() => toScientific(0n)).toThrow(RangeError);
    expect(() => toScientific(-5n)).toThrow(RangeError);
    expect(() => toScientific(5n, 0)).toThrow(RangeError);
  });
});

describe('firstPowerOfTwoAbove', () => {
  it('finds N = 266 for the ~10^80 atoms of the observable universe', () => {
    expect(firstPowerOfTwoAbove(80)).toBe(266);
    expect(powerOfTwo(265) < 10n ** 80n).toBe(true);
    expect(powerOfTwo(266) > 10n ** 80n).toBe(true);
  });

  it('handles small cases: 2^0 = 1 is not above 10^0 = 1, 2^4 = 16 is the first above 10', () => {
    expect(firstPowerOfTwoAbove(0)).toBe(1);
    expect(firstPowerOfTwoAbove(1)).toBe(4);
    expect(firstPowerOfTwoAbove(3)).toBe(10);
  });
});

describe('neighbourCornerAngleDegrees', () => {
  it('is 180° on a line, 90° on a square and about 70.5° on a cube', () => {
    expect(neighbourCornerAngleDegrees(1)).toBeCloseTo(180, 10);
    expect(neighbourCornerAngleDegrees(2)).toBeCloseTo(90, 10);
    expect(neighbourCornerAngleDegrees(3).toFixed(1)).toBe('70.5');
  });

  it('matches the angle measured between corners that differ in one coordinate', () => {
    for (const n of [2, 3, 5, 8]) {
      const [first, second] = cubeCorners(n); // binary order: these differ only in the last coordinate
      expect(neighbourCornerAngleDegrees(n)).toBeCloseTo(angleDegrees(first, second), 6);
    }
  });

  it('shrinks in high dimensions: about 5.9° at N = 384', () => {
    expect(neighbourCornerAngleDegrees(384).toFixed(1)).toBe('5.9');
    expect(() => neighbourCornerAngleDegrees(0)).toThrow(RangeError);
  });
});
