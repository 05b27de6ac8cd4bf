import { describe, expect, it } from 'vitest';
import { analogyVerdict } from './verdict';

describe('analogyVerdict', () => {
  it('worked when the result beats C alone and D ranks first', () => {
    expect(analogyVerdict({ after: 0.8, baseline: 0.6, rank: 1 })).toBe('worked');
  });

  it('only half-way when D is closer than with C alone but not first', () => {
    expect(analogyVerdict({ after: 0.8, baseline: 0.6, rank: 3 })).toBe('closer-not-first');
  });

  it('did not work when C alone is at least as close, even with D first', () => {
    expect(analogyVerdict({ after: 0.6, baseline: 0.6, rank: 1 })).toBe('not-closer');
    expect(analogyVerdict({ after: 0.5, baseline: 0.7, rank: 4 })).toBe('not-closer');
  });
});
