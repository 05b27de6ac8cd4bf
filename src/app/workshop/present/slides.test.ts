import { describe, expect, it } from 'vitest';
import { slideNumbers } from './slides';

describe('slideNumbers', () => {
  it('puts the intro on screen 0 and starts a screen at each section', () => {
    expect(slideNumbers([false, false, true, false, true, true])).toEqual([0, 0, 1, 1, 2, 3]);
  });

  it('does not leave an empty first screen when the lesson starts with a section', () => {
    expect(slideNumbers([true, true])).toEqual([0, 1]);
  });
});
