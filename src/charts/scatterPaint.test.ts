import { describe, expect, it } from 'vitest';
import { FADED_COLOR } from './categoryPalette';
import { paintGroups } from './scatterPaint';

const CODES = Uint16Array.from([0, 1, 2, 0, 2, 1]);
const COLORS = ['red', 'blue', 'grey'];

describe('paintGroups', () => {
  it('groups points by category: "other" (last code) first, then the named ones in order', () => {
    const groups = paintGroups(CODES, COLORS, new Set(), null);
    expect(groups.map((g) => [g.fill, Array.from(g.indices)])).toEqual([
      ['grey', [2, 4]],
      ['red', [0, 3]],
      ['blue', [1, 5]],
    ]);
  });

  it('leaves out hidden categories', () => {
    const groups = paintGroups(CODES, COLORS, new Set([1, 2]), null);
    expect(groups.map((g) => [g.fill, Array.from(g.indices)])).toEqual([['red', [0, 3]]]);
  });

  it('fades points outside the highlight and draws them first', () => {
    const highlighted = Uint8Array.from([1, 0, 0, 0, 1, 1]);
    const groups = paintGroups(CODES, COLORS, new Set([0]), highlighted);
    expect(groups.map((g) => [g.fill, Array.from(g.indices)])).toEqual([
      [FADED_COLOR, [1, 2]],
      ['grey', [4]],
      ['blue', [5]],
    ]);
  });
});
