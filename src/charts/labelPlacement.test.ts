import { describe, expect, it } from 'vitest';
import { placeLabels } from './labelPlacement';

describe('placeLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(
      placeLabels([
        { x: 0, y: 0, width: 40 },
        { x: 100, y: 0, width: 40 },
      ]),
    ).toEqual([0, 0]);
  });

  it('moves a label that would cover an earlier one by one line', () => {
    const [a, b] = placeLabels([
      { x: 0, y: 50, width: 80 },
      { x: 10, y: 55, width: 80 },
    ]);
    expect(a).toBe(50);
    expect(Math.abs(b - a)).toBeGreaterThanOrEqual(16);
  });

  it('finds room for a third label between two stacked ones', () => {
    const ys = placeLabels([
      { x: 0, y: 50, width: 80 },
      { x: 0, y: 50, width: 80 },
      { x: 0, y: 50, width: 80 },
    ]);
    expect(new Set(ys).size).toBe(3);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(Math.abs(ys[i] - ys[j])).toBeGreaterThanOrEqual(16);
  });
});
