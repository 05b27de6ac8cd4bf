import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, OTHER_COLOR, categoryColor } from './categoryPalette';

describe('categoryColor', () => {
  it('gives each named category its own colour and "other" the grey', () => {
    const colors = Array.from({ length: 9 }, (_, code) => categoryColor(code, 9));
    expect(new Set(colors).size).toBe(9);
    expect(colors).toEqual([...CATEGORY_COLORS]);
    expect(categoryColor(9, 9)).toBe(OTHER_COLOR);
    expect(categoryColor(3, 3)).toBe(OTHER_COLOR);
  });
});
