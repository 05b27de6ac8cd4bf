/**
 * Counting corners of an N-dimensional cube: exact with BigInt, so no number on the page is a
 * floating-point guess.
 */

/** 2^n exactly, for a whole number n ≥ 0. */
export function powerOfTwo(n: number): bigint {
  assertWholeNumber(n);
  return 2n ** BigInt(n);
}

/** Digits grouped in threes with commas: 1048576n → "1,048,576". */
export function groupDigits(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export interface Scientific {
  /** e.g. "3.9" */
  mantissa: string;
  exponent: number;
}

/**
 * value ≈ mantissa × 10^exponent with `significant` digits, rounded half up on the exact digits
 * (never through a float, which could not even hold 2^1024).
 */
export function toScientific(value: bigint, significant = 2): Scientific {
  if (value <= 0n) throw new RangeError('toScientific expects a positive value');
  if (!Number.isInteger(significant) || significant < 1)
    throw new RangeError('significant must be a whole number ≥ 1');
  let digits = value.toString();
  let exponent = digits.length - 1;
  if (digits.length > significant) {
    const dropped = digits.length - significant;
    const rounded = (value + 5n * 10n ** BigInt(dropped - 1)) / 10n ** BigInt(dropped);
    digits = rounded.toString();
    // Rounding 99… up gains a digit: 9.96 → 10.0 becomes 1.0 with the next exponent.
    if (digits.length > significant) {
      digits = digits.slice(0, significant);
      exponent += 1;
    }
  } else {
    digits = digits.padEnd(significant, '0');
  }
  const mantissa = significant === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  return { mantissa, exponent };
}

/** The smallest n with 2^n > 10^k, found exactly. */
export function firstPowerOfTwoAbove(tenExponent: number): number {
  assertWholeNumber(tenExponent);
  const limit = 10n ** BigInt(tenExponent);
  let n = 0;
  while (powerOfTwo(n) <= limit) n++;
  return n;
}

/**
 * Angle, seen from the centre, between two corners of the N-cube (coordinates ±1) that differ in
 * one coordinate: their dot product is N − 2 and each has length √N, so cos θ = 1 − 2/N.
 */
export function neighbourCornerAngleDegrees(n: number): number {
  assertWholeNumber(n);
  if (n < 1) throw new RangeError('A cube needs at least one dimension');
  return (Math.acos(1 - 2 / n) * 180) / Math.PI;
}

function assertWholeNumber(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Expected a whole number ≥ 0, got ${n}`);
}
