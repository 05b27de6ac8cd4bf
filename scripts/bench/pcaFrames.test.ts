import { describe, expect, it } from 'vitest';
import { frameStats } from './pcaFrames';

describe('frameStats', () => {
  it('gives median, worst and the number of slow frames', () => {
    expect(frameStats([16.7, 50, 16.6, 17], 1)).toEqual({
      frames: 4,
      medianMs: 16.85,
      worstMs: 50,
      over33Ms: 1,
      longTasks: 1,
    });
    expect(frameStats([10, 30, 20], 0)).toEqual({
      frames: 3,
      medianMs: 20,
      worstMs: 30,
      over33Ms: 0,
      longTasks: 0,
    });
  });
});
