import { divergingScale, maxAbsolute } from './colorScales';

/** A heatmap as plain data: one cell per value, laid out row by row. React draws it. */
export interface HeatmapCell {
  index: number;
  row: number;
  col: number;
  x: number;
  y: number;
  value: number;
  fill: string;
}

export function heatmapCells(
  values: ArrayLike<number>,
  cols: number,
  cellWidth: number,
  cellHeight: number,
  color: (value: number) => string,
): HeatmapCell[] {
  return Array.from({ length: values.length }, (_, index) => {
    const row = Math.floor(index / cols);
    const col = index % cols;
    const value = values[index];
    return { index, row, col, x: col * cellWidth, y: row * cellHeight, value, fill: color(value) };
  });
}

/** Rows × columns for showing `n` values as a near-square grid (384 → 16 × 24). */
export function gridShape(n: number): { rows: number; cols: number } {
  let rows = Math.floor(Math.sqrt(n));
  while (rows > 1 && n % rows !== 0) rows--;
  const cols = Math.ceil(n / rows);
  // A prime n would give one long row; fall back to a square grid with empty cells at the end.
  if (rows === 1 && n > 4) {
    const side = Math.ceil(Math.sqrt(n));
    return { rows: Math.ceil(n / side), cols: side };
  }
  return { rows, cols };
}

/**
 * A colour scale of its own for one panel: symmetric around zero and reaching its strongest colour at
 * the panel's own largest |value|. Panels whose values differ in size by a factor of ten (an average
 * and the same average scaled to length 1) each show their pattern instead of one looking blank.
 */
export function panelScale(values: ArrayLike<number>): { limit: number; color: (value: number) => string } {
  const limit = maxAbsolute(values);
  const scale = divergingScale(limit);
  return { limit, color: (value: number) => scale(value) };
}

/** Narrowest cell that still holds a printed value such as "-0.12" at the value font size. */
export const MIN_VALUE_CELL = 34;
/** Row-label room on narrow screens: a number and a few letters ("1. The ca…"). */
const NARROW_LABEL_WIDTH = 64;

/**
 * Cell and label widths, in CSS pixels, for a heatmap with text (labels or printed values) drawn at its
 * real size in `available` pixels: cells shrink towards `minCell` and long labels get less room before
 * the text would; if even that does not fit, the chart keeps the minimum and scrolls sideways.
 */
export function fitHeatmap(
  available: number,
  cols: number,
  cellWidth: number,
  labelWidth: number,
  minCell: number,
): { cellWidth: number; labelWidth: number } {
  if (labelWidth + cols * cellWidth <= available) return { cellWidth, labelWidth };
  const label = Math.min(labelWidth, NARROW_LABEL_WIDTH);
  const cell = Math.floor((available - label) / cols);
  return { cellWidth: Math.max(minCell, Math.min(cellWidth, cell)), labelWidth: label };
}
