import { describe, expect, it } from 'vitest';
import { tableOrder } from './tableOrder';

const TITLES = ['Nurse', 'Chef', 'Baker', 'Chef'];
const COORDS = Float64Array.from([0.5, -1, -0.2, 2, 0.9, 0, -0.2, 1]);

describe('tableOrder', () => {
  it('sorts by each column, both ways, ties in row order', () => {
    expect(Array.from(tableOrder(TITLES, COORDS, { key: 'row', descending: false }))).toEqual([0, 1, 2, 3]);
    expect(Array.from(tableOrder(TITLES, COORDS, { key: 'row', descending: true }))).toEqual([3, 2, 1, 0]);
    expect(Array.from(tableOrder(TITLES, COORDS, { key: 'title', descending: false }))).toEqual([2, 1, 3, 0]);
    expect(Array.from(tableOrder(TITLES, COORDS, { key: 'x', descending: false }))).toEqual([1, 3, 0, 2]);
    expect(Array.from(tableOrder(TITLES, COORDS, { key: 'y', descending: true }))).toEqual([1, 3, 2, 0]);
  });
});
