import { describe, expect, it } from 'vitest';
import { superscript } from './superscript';

describe('superscript', () => {
  it('maps every digit and the minus sign', () => {
    expect(superscript(1234567890)).toBe('¹²³⁴⁵⁶⁷⁸⁹⁰');
    expect(superscript(115)).toBe('¹¹⁵');
    expect(superscript(-3)).toBe('⁻³');
  });

  it('rejects fractions', () => {
    expect(() => superscript(1.5)).toThrow(RangeError);
  });
});
