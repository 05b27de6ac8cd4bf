import { describe, expect, it } from 'vitest';
import { rgb } from 'd3';
import { divergingScale } from './colorScales';
import { fitHeatmap, gridShape, heatmapCells, MIN_VALUE_CELL, panelScale } from './heatmapCells';

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

/** How far a colour is from white (0 = white, 765 = black). */
const strength = (fill: string) => {
  const { r, g, b } = rgb(fill);
  return 765 - r - g - b;
};

describe('panelScale', () => {
  // The "Inside the model" case: an average with values up to 2.8, and the same average scaled to
  // length 1, whose values stay below 0.21.
  const average = Float32Array.from([2.8, -1.4, 0.7, -2.1]);
  const scaled = average.map((v) => v / 13.4);

  it('gives each panel its own limit', () => {
    expect(panelScale(average).limit).toBeCloseTo(2.8, 5);
    expect(panelScale(scaled).limit).toBeCloseTo(2.8 / 13.4, 5);
  });

  it("colours each panel's largest value as strongly as the other panel's", () => {
    const own = panelScale(scaled).color;
    expect(own(scaled[0])).toBe(panelScale(average).color(average[0]));
    expect(own(scaled[3])).toBe(panelScale(average).color(average[3]));
  });

  it('shows the small panel where one shared scale would leave it near white', () => {
    const shared = divergingScale(2.8);
    const own = panelScale(scaled).color;
    for (const value of scaled) expect(strength(shared(value))).toBeLessThan(120);
    for (const value of scaled) expect(strength(own(value))).toBeGreaterThan(strength(shared(value)));
    expect(strength(own(scaled[0]))).toBeGreaterThan(400);
  });
});

describe('fitHeatmap', () => {
  it('keeps the asked-for sizes when they fit', () => {
    expect(fitHeatmap(800, 8, 58, 110, MIN_VALUE_CELL)).toEqual({ cellWidth: 58, labelWidth: 110 });
  });

  it('on a phone, shortens the labels and narrows the cells to fit', () => {
    const { cellWidth, labelWidth } = fitHeatmap(340, 8, 58, 110, MIN_VALUE_CELL);
    expect(labelWidth).toBeLessThan(110);
    expect(cellWidth).toBeGreaterThanOrEqual(MIN_VALUE_CELL);
    expect(labelWidth + 8 * cellWidth).toBeLessThanOrEqual(340);
  });

  it('never goes below the minimum cell; the chart then scrolls', () => {
    const { cellWidth, labelWidth } = fitHeatmap(300, 12, 58, 110, MIN_VALUE_CELL);
    expect(cellWidth).toBe(MIN_VALUE_CELL);
    expect(labelWidth + 12 * cellWidth).toBeGreaterThan(300);
  });
});
