import { describe, expect, it } from 'vitest';
import { countNegatives, negativeChoice, negativeChoices } from './negativesQuestion';

describe('the negatives question', () => {
  it('splits 384 dimensions at a quarter and three quarters', () => {
    expect(negativeChoices(384)).toEqual(['Fewer than 96', 'Between 96 and 288', 'More than 288']);
  });

  it('picks the range that holds the count, edges included in the middle', () => {
    expect(negativeChoice(95, 384)).toBe(0);
    expect(negativeChoice(96, 384)).toBe(1);
    expect(negativeChoice(288, 384)).toBe(1);
    expect(negativeChoice(289, 384)).toBe(2);
  });

  it('counts strictly negative values', () => {
    expect(countNegatives(Float32Array.from([-0.1, 0, 0.2, -3]))).toBe(2);
  });
});
