/** Layout and navigation maths for the scatter plot: no DOM, unit-tested. */
import { scaleLinear, type ScaleLinear } from 'd3';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlotScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/**
 * Scales that fit both extents into the plot area with the same number of pixels per unit on both
 * axes, so a distance on screen means the same in every direction. Spare room is split evenly.
 */
export function equalAspectScales(
  xExtent: [number, number],
  yExtent: [number, number],
  width: number,
  height: number,
  margins: Margins,
  padding = 0.05,
): PlotScales {
  const plotWidth = Math.max(1, width - margins.left - margins.right);
  const plotHeight = Math.max(1, height - margins.top - margins.bottom);
  const xSpan = Math.max(xExtent[1] - xExtent[0], 1e-9) * (1 + 2 * padding);
  const ySpan = Math.max(yExtent[1] - yExtent[0], 1e-9) * (1 + 2 * padding);
  const pixelsPerUnit = Math.min(plotWidth / xSpan, plotHeight / ySpan);
  const xHalf = plotWidth / pixelsPerUnit / 2;
  const yHalf = plotHeight / pixelsPerUnit / 2;
  const xMid = (xExtent[0] + xExtent[1]) / 2;
  const yMid = (yExtent[0] + yExtent[1]) / 2;
  return {
    x: scaleLinear()
      .domain([xMid - xHalf, xMid + xHalf])
      .range([margins.left, margins.left + plotWidth]),
    y: scaleLinear()
      .domain([yMid - yHalf, yMid + yHalf])
      .range([margins.top + plotHeight, margins.top]),
  };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const STEPS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The point nearest to `from` among those lying in the 90° cone that opens in `direction`
 * (screen coordinates, y down), or null when that cone is empty. `xs`/`ys` are screen positions.
 */
export function nearestInDirection(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  from: number,
  direction: Direction,
  include: (i: number) => boolean = () => true,
): number | null {
  const [dx, dy] = STEPS[direction];
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (i === from || !include(i)) continue;
    const ox = xs[i] - xs[from];
    const oy = ys[i] - ys[from];
    const along = ox * dx + oy * dy;
    const across = Math.abs(ox * dy - oy * dx);
    if (along <= 0 || across > along) continue;
    const distance = ox * ox + oy * oy;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** The point nearest to (x, y) among those included, or null when none is. */
export function nearestTo(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x: number,
  y: number,
  include: (i: number) => boolean = () => true,
): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (!include(i)) continue;
    const distance = (xs[i] - x) ** 2 + (ys[i] - y) ** 2;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** Thousands of dots: drawn small, translucent and square (see drawPoints). */
export function isCrowded(count: number): boolean {
  return count > 5000;
}

/** Dot radius in CSS pixels: smaller as the crowd grows, so dense maps stay readable. */
export function pointRadius(count: number): number {
  if (isCrowded(count)) return 1.8;
  if (count > 1000) return 2.5;
  if (count > 200) return 3.5;
  return 4.5;
}
