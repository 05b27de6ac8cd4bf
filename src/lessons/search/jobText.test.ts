import { describe, expect, it } from 'vitest';
import { describeJob, formatEta, modelRate } from './jobText';

describe('job text', () => {
  it('formats time left in seconds, then minutes', () => {
    expect([formatEta(0.2), formatEta(12.4), formatEta(59), formatEta(150)]).toEqual([
      'about 1 s',
      'about 12 s',
      'about 59 s',
      'about 3 min',
    ]);
  });

  it('measures the rate from the model’s own rows and time only', () => {
    const running = {
      phase: 'running' as const,
      total: 100,
      fromCache: 40,
      embedded: 20,
      modelStartedAt: 1000,
      updatedAt: 3000,
    };
    expect(modelRate(running)).toBe(10);
    expect(modelRate({ ...running, modelStartedAt: undefined })).toBeUndefined();
    expect(describeJob(running)).toBe(
      '60 / 100 rows · 40 from cache, 20 embedded · 10.0 rows/s · about 4 s left',
    );
  });

  it('reads "n / n" when done and says where the vectors came from', () => {
    expect(describeJob({ phase: 'done', total: 60, fromCache: 60, embedded: 0, seconds: 0.31 })).toBe(
      '60 / 60 rows · 60 from cache, 0 embedded · took 0.3 s',
    );
    expect(describeJob({ phase: 'cancelled', total: 60, fromCache: 0, embedded: 16 })).toBe(
      '16 / 60 rows · 0 from cache, 16 embedded · cancelled',
    );
  });
});
