import { describe, expect, it } from 'vitest';
import { LENGTH_CHOICES, lengthChoice } from './lengthQuestion';

describe('lengthChoice', () => {
  it('sorts a length below, at or above 1', () => {
    expect(LENGTH_CHOICES[lengthChoice(0.42)]).toBe('Less than 1');
    expect(LENGTH_CHOICES[lengthChoice(1)]).toBe('Exactly 1');
    expect(LENGTH_CHOICES[lengthChoice(7.9)]).toBe('More than 1');
  });

  it('judges at the three decimals shown, so "1.000" counts as exactly 1', () => {
    expect(lengthChoice(1.0004)).toBe(1);
    expect(lengthChoice(0.9996)).toBe(1);
    expect(lengthChoice(1.0006)).toBe(2);
    expect(lengthChoice(0.9994)).toBe(0);
  });
});
