import { describe, expect, it } from 'vitest';
import { axisExtent, indicesAbove, indicesInRect } from './mapSelection';

// Points: (0,0) (1,1) (2,-1) (-1,0.5) (0.5,0.2)
const COORDS = Float64Array.from([0, 0, 1, 1, 2, -1, -1, 0.5, 0.5, 0.2]);

describe('indicesInRect', () => {
  it('finds points inside, edges included, whichever corner comes first', () => {
    expect(Array.from(indicesInRect(COORDS, { x0: 0, x1: 1, y0: 0, y1: 1 }))).toEqual([0, 1, 4]);
    expect(Array.from(indicesInRect(COORDS, { x0: 1, x1: 0, y0: 1, y1: 0 }))).toEqual([0, 1, 4]);
  });

  it('skips points the filter leaves out', () => {
    expect(Array.from(indicesInRect(COORDS, { x0: -5, x1: 5, y0: -5, y1: 5 }, (i) => i % 2 === 0))).toEqual([
      0, 2, 4,
    ]);
  });
});

describe('indicesAbove', () => {
  it('keeps points strictly above the threshold on the chosen axis', () => {
    expect(Array.from(indicesAbove(COORDS, 1, 0.2))).toEqual([1, 3]);
    expect(Array.from(indicesAbove(COORDS, 0, 0.5))).toEqual([1, 2]);
    expect(Array.from(indicesAbove(COORDS, 1, 5))).toEqual([]);
  });
});

describe('axisExtent', () => {
  it('gives the range of one axis', () => {
    expect(axisExtent(COORDS, 0)).toEqual([-1, 2]);
    expect(axisExtent(COORDS, 1)).toEqual([-1, 1]);
    expect(axisExtent(new Float64Array(0), 0)).toEqual([0, 0]);
  });
});
