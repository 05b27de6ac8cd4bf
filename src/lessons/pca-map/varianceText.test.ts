import { describe, expect, it } from 'vitest';
import { varianceMeaning } from './varianceText';

describe('varianceMeaning', () => {
  it('says how much the two axes keep, against an even share of the directions', () => {
    const text = varianceMeaning([0.05, 0.03], 384, 20000);
    expect(text).toContain('keep 8.00% of the variance of these 20,000 vectors');
    expect(text).toContain('each would hold 0.26%');
    expect(text).toContain('PC1 holds 19.2 times that');
    expect(text).toContain('Most of the spread, 92.0%, lies in the other 382 directions');
  });

  it('counts only the directions a small sample can vary in', () => {
    const text = varianceMeaning([0.4, 0.2], 384, 60);
    expect(text).toContain('over the 59 directions');
    expect(text).toContain('More than half of the spread is on this map.');
  });
});
