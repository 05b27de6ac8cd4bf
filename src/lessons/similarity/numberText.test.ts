import { describe, expect, it } from 'vitest';
import { equalsSign, factor, plain } from './numberText';

describe('plain', () => {
  it('drops trailing zeros and rounds to the given digits', () => {
    expect(plain(11)).toBe('11');
    expect(plain(2.5)).toBe('2.5');
    expect(plain(Math.sqrt(5))).toBe('2.236');
    expect(plain(0.98387, 2)).toBe('0.98');
  });

  it('uses a minus sign, and never prints −0', () => {
    expect(plain(-1.5)).toBe('−1.5');
    expect(plain(-0.0001)).toBe('0');
  });
});

describe('factor', () => {
  it('puts negative numbers in brackets', () => {
    expect(factor(-3)).toBe('(−3)');
    expect(factor(3)).toBe('3');
  });
});

describe('equalsSign', () => {
  it('says = for exact values and ≈ for rounded ones', () => {
    expect(equalsSign(11)).toBe('=');
    expect(equalsSign(0.25)).toBe('=');
    expect(equalsSign(Math.sqrt(5))).toBe('≈');
  });
});
