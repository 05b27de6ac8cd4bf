import type { Vec2 } from '../math/vector2d';

/** Screen-space helpers for VectorPlane. Pixel coordinates: y grows downwards. */

export type Pixel = readonly [number, number];

export interface PlaneDomain {
  x: readonly [number, number];
  y: readonly [number, number];
}

/** Height that keeps one data unit the same length on both axes, so angles on screen are true. */
export function planeHeight(domain: PlaneDomain, width: number, margin: number): number {
  const xSpan = domain.x[1] - domain.x[0];
  const ySpan = domain.y[1] - domain.y[0];
  if (!(xSpan > 0 && ySpan > 0)) throw new RangeError('A domain needs min < max on both axes');
  return 2 * margin + ((width - 2 * margin) * ySpan) / xSpan;
}

/** The three corners of an arrowhead whose point is at `tip`, as an SVG points string ('' for a zero arrow). */
export function arrowHeadPoints(tail: Pixel, tip: Pixel, size: number): string {
  const [dx, dy] = [tip[0] - tail[0], tip[1] - tail[1]];
  const length = Math.hypot(dx, dy);
  if (length === 0) return '';
  // Never longer than the arrow itself, so short arrows keep a visible head but no backwards point.
  const headLength = Math.min(size, length);
  const [ux, uy] = [dx / length, dy / length];
  const [bx, by] = [tip[0] - ux * headLength, tip[1] - uy * headLength];
  const half = headLength * 0.45;
  const corners = [tip, [bx - uy * half, by + ux * half], [bx + uy * half, by - ux * half]];
  return corners.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}

export interface LabelPlacement {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Just beyond the tip, continuing the arrow's direction; anchored so the text grows away from it. */
export function tipLabelPlacement(tail: Pixel, tip: Pixel, gap: number): LabelPlacement {
  const [dx, dy] = [tip[0] - tail[0], tip[1] - tail[1]];
  const length = Math.hypot(dx, dy);
  const [ux, uy] = length === 0 ? [1, 0] : [dx / length, dy / length];
  const anchor = ux > 0.35 ? 'start' : ux < -0.35 ? 'end' : 'middle';
  // Text hangs from its baseline: push labels below the tip down by most of a line.
  return { x: tip[0] + ux * gap, y: tip[1] + uy * gap + (uy > 0.35 ? 8 : uy > -0.35 ? 4 : 0), anchor };
}

/** Beside the arrow's midpoint, on its left-hand side as seen walking from tail to tip. */
export function middleLabelPlacement(tail: Pixel, tip: Pixel, gap: number): LabelPlacement {
  const [dx, dy] = [tip[0] - tail[0], tip[1] - tail[1]];
  const length = Math.hypot(dx, dy);
  const [nx, ny] = length === 0 ? [0, -1] : [dy / length, -dx / length];
  const anchor = nx > 0.35 ? 'start' : nx < -0.35 ? 'end' : 'middle';
  return {
    x: (tail[0] + tip[0]) / 2 + nx * gap,
    y: (tail[1] + tip[1]) / 2 + ny * gap + (ny > 0.35 ? 8 : ny > -0.35 ? 4 : 0),
    anchor,
  };
}

/** Keeps a dragged point inside the domain, on the step grid (so readouts show round numbers). */
export function constrainPoint(point: Vec2, domain: PlaneDomain, step: number): Vec2 {
  const snap = (value: number, [min, max]: readonly [number, number]) =>
    Math.min(max, Math.max(min, Number((Math.round(value / step) * step).toFixed(10))));
  return { x: snap(point.x, domain.x), y: snap(point.y, domain.y) };
}

/** Arrow keys move a point by one step in data space (up is +y); other keys do nothing. */
export function arrowKeyDelta(key: string, step: number): Vec2 | undefined {
  switch (key) {
    case 'ArrowLeft':
      return { x: -step, y: 0 };
    case 'ArrowRight':
      return { x: step, y: 0 };
    case 'ArrowUp':
      return { x: 0, y: step };
    case 'ArrowDown':
      return { x: 0, y: -step };
    default:
      return undefined;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
