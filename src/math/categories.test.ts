import { describe, expect, it } from 'vitest';
import { countByLabel, topCategories } from './categories';

const TITLES = ['Nurse', 'Chef', 'Nurse', 'Data Analyst', 'Chef', 'Nurse', 'Baker'];

describe('countByLabel', () => {
  it('counts every row, most frequent first, ties in alphabetical order', () => {
    expect(countByLabel(TITLES)).toEqual([
      { label: 'Nurse', count: 3 },
      { label: 'Chef', count: 2 },
      { label: 'Baker', count: 1 },
      { label: 'Data Analyst', count: 1 },
    ]);
  });

  it('counts only the given rows', () => {
    expect(countByLabel(TITLES, [1, 3, 4])).toEqual([
      { label: 'Chef', count: 2 },
      { label: 'Data Analyst', count: 1 },
    ]);
    expect(countByLabel(TITLES, [])).toEqual([]);
  });
});

describe('topCategories', () => {
  it('gives the top labels their own code and the rest the "other" code', () => {
    const { names, codes, sizes } = topCategories(TITLES, 2);
    expect(names).toEqual(['Nurse', 'Chef']);
    expect(Array.from(codes)).toEqual([0, 1, 0, 2, 1, 0, 2]);
    expect(sizes).toEqual([3, 2, 2]);
  });

  it('has an empty "other" when every label fits', () => {
    const { names, sizes } = topCategories(TITLES, 10);
    expect(names).toHaveLength(4);
    expect(sizes.at(-1)).toBe(0);
  });
});
