import { describe, expect, it } from 'vitest';
import { firstBadRow, maxAbsDifference, vectorProblem } from './vectorCheck';

describe('vectorProblem', () => {
  it('accepts a unit vector of the right width', () => {
    expect(vectorProblem(Float32Array.from([0.6, 0.8]), 2)).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(vectorProblem(undefined, 2)).toBe('it is missing');
    expect(vectorProblem(Float32Array.from([1]), 2)).toBe('it has 1 values instead of 2');
    expect(vectorProblem(Float32Array.from([NaN, 1]), 2)).toMatch(/not numbers/);
    expect(vectorProblem(Float32Array.from([Infinity, 0]), 2)).toMatch(/not numbers/);
    expect(vectorProblem(Float32Array.from([0.3, 0.4]), 2)).toBe('its length is 0.500 instead of 1');
    expect(vectorProblem(new Float32Array(2), 2)).toBe('its length is 0.000 instead of 1');
  });
});

describe('firstBadRow', () => {
  it('finds the first damaged row', () => {
    expect(firstBadRow(Float32Array.from([1, 0, 0, 1]), 2)).toBeUndefined();
    expect(firstBadRow(Float32Array.from([1, 0, 0, 1, NaN, 0]), 2)).toMatchObject({ row: 2 });
    expect(firstBadRow(Float32Array.from([1, 0, 0]), 2)).toMatchObject({ row: 1 });
  });
});

describe('maxAbsDifference', () => {
  it('is the worst component, and infinite for NaN or other widths', () => {
    expect(maxAbsDifference([1, 0.5], [0.9, 0.75])).toBeCloseTo(0.25);
    expect(maxAbsDifference([1, NaN], [1, 0])).toBe(Infinity);
    expect(maxAbsDifference([1], [1, 0])).toBe(Infinity);
  });
});
