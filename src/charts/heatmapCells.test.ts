import { describe, expect, it } from 'vitest';
import { gridShape, heatmapCells } from './heatmapCells';

describe('gridShape', () => {
  it('lays 384 values out as 16 × 24', () => {
    expect(gridShape(384)).toEqual({ rows: 16, cols: 24 });
  });

  it('finds a near-square exact grid for other model sizes', () => {
    expect(gridShape(768)).toEqual({ rows: 24, cols: 32 });
    expect(gridShape(1024)).toEqual({ rows: 32, cols: 32 });
  });

  it('falls back to a square grid with spare cells for primes', () => {
    const { rows, cols } = gridShape(97);
    expect(rows * cols).toBeGreaterThanOrEqual(97);
    expect(Math.abs(rows - cols)).toBeLessThanOrEqual(1);
  });
});

describe('heatmapCells', () => {
  it('places values row by row with their colours', () => {
    const cells = heatmapCells([1, 2, 3, 4, 5], 2, 10, 5, (v) => `c${v}`);
    expect(cells[3]).toEqual({ index: 3, row: 1, col: 1, x: 10, y: 5, value: 4, fill: 'c4' });
    expect(cells[4]).toMatchObject({ row: 2, col: 0 });
  });
});
