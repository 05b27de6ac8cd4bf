/** Canvas drawing for the scatter plot: the points layer and the overlay of marks on top. */
import type { PaintGroup } from './scatterPaint';

/** Pan/zoom as d3-zoom gives it: screen = k · base + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
}

/** Points in base (unzoomed) pixels, and the plot area that clips them. */
export interface Layout {
  bx: Float32Array;
  by: Float32Array;
  clip: { left: number; top: number; right: number; bottom: number };
  radius: number;
}

/** Resizes a canvas for the screen's pixel density and returns a context in CSS pixels. */
export function prepareCanvas(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
): CanvasRenderingContext2D {
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  const context = canvas.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}

function clipTo(context: CanvasRenderingContext2D, clip: Layout['clip']): void {
  context.beginPath();
  context.rect(clip.left, clip.top, clip.right - clip.left, clip.bottom - clip.top);
  context.clip();
}

export const CROWDED_OPACITY = 0.65;

/**
 * Paints the points group by group. `crowded` maps (thousands of dots) are drawn translucent, so
 * dense regions read as darker, without outlines, and as tiny squares: at under 4 px they look
 * the same as discs, and software rasterizing 20,000 of them no longer drops frames while zooming.
 */
export function drawPoints(
  context: CanvasRenderingContext2D,
  groups: readonly PaintGroup[],
  layout: Layout,
  view: View,
  crowded: boolean,
): void {
  const { bx, by, clip, radius } = layout;
  context.save();
  clipTo(context, clip);
  context.globalAlpha = crowded ? CROWDED_OPACITY : 1;
  for (const group of groups) {
    context.beginPath();
    for (const i of group.indices) {
      const x = view.k * bx[i] + view.x;
      const y = view.k * by[i] + view.y;
      if (
        x < clip.left - radius ||
        x > clip.right + radius ||
        y < clip.top - radius ||
        y > clip.bottom + radius
      )
        continue;
      if (crowded) {
        context.rect(x - radius, y - radius, 2 * radius, 2 * radius);
      } else {
        context.moveTo(x + radius, y);
        context.arc(x, y, radius, 0, 2 * Math.PI);
      }
    }
    context.fillStyle = group.fill;
    context.fill();
    if (!crowded) {
      context.strokeStyle = 'rgba(0, 0, 0, 0.35)';
      context.lineWidth = 0.6;
      context.stroke();
    }
  }
  context.restore();
}

export interface Marks {
  /** Ringed points (the query's nearest listings). */
  marked: ArrayLike<number> | null;
  /** Lines from one point to its true nearest neighbours. */
  links: { from: number; to: ArrayLike<number> } | null;
  /** Hovered or keyboard-focused point. */
  active: number | null;
  pinned: number | null;
  /** The query, in base pixels. */
  query: [number, number] | null;
}

function ring(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  color: string,
  width: number,
): void {
  context.beginPath();
  context.arc(x, y, r, 0, 2 * Math.PI);
  context.lineWidth = width + 2;
  context.strokeStyle = '#fff';
  context.stroke();
  context.lineWidth = width;
  context.strokeStyle = color;
  context.stroke();
}

/** The query marker: a white disc with a black ring and cross hairs, unlike any data point. */
export function drawQueryMarker(context: CanvasRenderingContext2D, x: number, y: number): void {
  context.beginPath();
  context.arc(x, y, 9, 0, 2 * Math.PI);
  context.fillStyle = '#fff';
  context.fill();
  context.lineWidth = 2.5;
  context.strokeStyle = '#111';
  context.stroke();
  context.beginPath();
  context.moveTo(x - 15, y);
  context.lineTo(x + 15, y);
  context.moveTo(x, y - 15);
  context.lineTo(x, y + 15);
  context.lineWidth = 2;
  context.stroke();
}

export function drawMarks(context: CanvasRenderingContext2D, marks: Marks, layout: Layout, view: View): void {
  const { bx, by, clip, radius } = layout;
  const sx = (i: number) => view.k * bx[i] + view.x;
  const sy = (i: number) => view.k * by[i] + view.y;
  context.save();
  clipTo(context, clip);
  if (marks.links) {
    const { from, to } = marks.links;
    context.beginPath();
    for (const j of Array.from(to)) {
      context.moveTo(sx(from), sy(from));
      context.lineTo(sx(j), sy(j));
    }
    // A white halo keeps the dashes readable over a dense crowd of dots.
    context.lineWidth = 4;
    context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
    context.stroke();
    context.lineWidth = 1.8;
    context.strokeStyle = '#111';
    context.setLineDash([5, 3]);
    context.stroke();
    context.setLineDash([]);
    for (const j of Array.from(to)) ring(context, sx(j), sy(j), radius + 2, '#111', 1.2);
  }
  if (marks.marked)
    for (const i of Array.from(marks.marked)) ring(context, sx(i), sy(i), radius + 3, '#111', 2);
  if (marks.pinned !== null) {
    ring(context, sx(marks.pinned), sy(marks.pinned), radius + 6, '#111', 3);
  }
  if (marks.active !== null) ring(context, sx(marks.active), sy(marks.active), radius + 4, '#b35900', 2.5);
  if (marks.query)
    drawQueryMarker(context, view.k * marks.query[0] + view.x, view.k * marks.query[1] + view.y);
  context.restore();
}
