/**
 * The scatter plot's frame for a given width: height, equal-aspect scales, points in base pixels
 * and axis ticks for a view. Pure, so the map page builds the same picture for its exports.
 */
import { zoomIdentity, type ZoomTransform } from 'd3';
import { axisExtent } from '../math/mapSelection';
import type { Layout, View } from './scatterDraw';
import type { Tick } from './scatterExport';
import { equalAspectScales, pointRadius, type PlotScales } from './scatterGeometry';

export const MARGINS = { top: 12, right: 12, bottom: 46, left: 54 };
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 60;

/** Phones get a near-square plot; wide screens a landscape one. */
export const chartHeight = (width: number) =>
  Math.round(Math.min(600, Math.max(300, width * (width < 600 ? 0.95 : 0.72))));

export interface Frame {
  /** Row-major [n, 2] data coordinates. */
  coords: Float64Array;
  width: number;
  height: number;
  scales: PlotScales;
  layout: Layout;
}

/**
 * Scales and base-pixel positions of row-major [n, 2] `coords` in a plot `width` wide, with
 * `padding` (a share of the data's span) around the points on each side.
 */
export function scatterFrame(coords: Float64Array, width: number, padding = 0.05): Frame {
  const height = chartHeight(width);
  const scales = equalAspectScales(
    axisExtent(coords, 0),
    axisExtent(coords, 1),
    width,
    height,
    MARGINS,
    padding,
  );
  const count = coords.length / 2;
  const bx = new Float32Array(count);
  const by = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    bx[i] = scales.x(coords[i * 2]);
    by[i] = scales.y(coords[i * 2 + 1]);
  }
  const clip = {
    left: MARGINS.left,
    top: MARGINS.top,
    right: width - MARGINS.right,
    bottom: height - MARGINS.bottom,
  };
  return { coords, width, height, scales, layout: { bx, by, clip, radius: pointRadius(count) } };
}

/** Tick positions and labels for both axes as seen through `view`. */
export function frameTicks(frame: Frame, view: View): { x: Tick[]; y: Tick[] } {
  const transform = zoomIdentity.translate(view.x, view.y).scale(view.k);
  const xView = transform.rescaleX(frame.scales.x);
  const yView = transform.rescaleY(frame.scales.y);
  const count = Math.max(3, Math.floor(frame.width / 110));
  const xFormat = xView.tickFormat(count);
  const yFormat = yView.tickFormat(count);
  return {
    x: xView.ticks(count).map((value) => ({ value: xFormat(value), at: xView(value) })),
    y: yView.ticks(count).map((value) => ({ value: yFormat(value), at: yView(value) })),
  };
}

/** The view zoomed by `factor` about the plot area's centre, within the allowed zoom range. */
export function zoomedAboutCentre(frame: Frame, view: View, factor: number): View {
  const { clip } = frame.layout;
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const cx = (clip.left + clip.right) / 2;
  const cy = (clip.top + clip.bottom) / 2;
  return { k, x: cx - ((cx - view.x) / view.k) * k, y: cy - ((cy - view.y) / view.k) * k };
}

export const sameView = (a: View, b: View) => a.k === b.k && a.x === b.x && a.y === b.y;

export const asTransform = (view: View): ZoomTransform =>
  zoomIdentity.translate(view.x, view.y).scale(view.k);
