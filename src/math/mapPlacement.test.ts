import { describe, expect, it } from 'vitest';
import { placeByNeighbours } from './mapPlacement';

describe('placeByNeighbours', () => {
  const coords = Float64Array.from([0, 0, 10, 0, 0, 10, 5, 5]);

  it('takes the similarity-weighted mean of the neighbours’ positions', () => {
    expect(placeByNeighbours(coords, [1, 2], [0.75, 0.25])).toEqual([7.5, 2.5]);
  });

  it('ignores negative similarities, and falls back to the plain mean when none is positive', () => {
    expect(placeByNeighbours(coords, [1, 2], [0.5, -0.5])).toEqual([10, 0]);
    expect(placeByNeighbours(coords, [0, 1], [0, -1])).toEqual([5, 0]);
  });

  it('needs at least one neighbour', () => {
    expect(() => placeByNeighbours(coords, [], [])).toThrow(/at least one/);
  });
});
