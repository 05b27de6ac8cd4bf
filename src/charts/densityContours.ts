/**
 * Density contours of a 2-D map (d3-contour's kernel density estimate), in the map's own data
 * coordinates, so the view can draw them at any zoom with `contourPath`. No DOM.
 */
import { contourDensity, geoPath, geoTransform } from 'd3';
import { axisExtent } from '../math/mapSelection';

export interface DensityContour {
  /** Density level of this contour (points per square grid cell, as d3-contour reports it). */
  value: number;
  /** GeoJSON MultiPolygon coordinates in map units: polygons → rings → [x, y] points. */
  polygons: number[][][][];
}

export interface DensityOptions {
  /** Longer side of the density grid, in grid units. Default 256. */
  gridSize?: number;
  /** Smoothing radius as a share of the longer side of the map's extent. Default 0.03. */
  bandwidth?: number;
  /** How many contour levels to aim for (d3 picks round values). Default 8. */
  levels?: number;
}

/** Contours of the density of `coords` (row-major [n, 2]), lowest level first; none for < 3 points. */
export function densityContours(coords: Float64Array, options: DensityOptions = {}): DensityContour[] {
  const n = coords.length / 2;
  if (n < 3) return [];
  const { gridSize = 256, bandwidth = 0.03, levels = 8 } = options;
  const [minX, maxX] = axisExtent(coords, 0);
  const [minY, maxY] = axisExtent(coords, 1);
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const radius = bandwidth * gridSize;
  // Grid units per map unit; the margin of three radii keeps the outer contours closed.
  const scale = (gridSize - 6 * radius) / span;
  const left = minX - (3 * radius) / scale;
  const top = minY - (3 * radius) / scale;
  const width = Math.ceil((maxX - minX) * scale + 6 * radius);
  const height = Math.ceil((maxY - minY) * scale + 6 * radius);
  const indices = Array.from({ length: n }, (_, i) => i);
  const contours = contourDensity<number>()
    .x((i) => (coords[2 * i] - left) * scale)
    .y((i) => (coords[2 * i + 1] - top) * scale)
    .size([width, height])
    .bandwidth(radius)
    .thresholds(levels)(indices);
  return contours.map((contour) => ({
    value: contour.value,
    polygons: contour.coordinates.map((polygon) =>
      polygon.map((ring) => ring.map(([x, y]) => [left + x / scale, top + y / scale])),
    ),
  }));
}

/** An SVG path `d` for one contour, with map units turned into pixels by `toX` and `toY`. */
export function contourPath(
  contour: DensityContour,
  toX: (x: number) => number,
  toY: (y: number) => number,
): string {
  const pixels = geoTransform({
    point(x, y) {
      this.stream.point(toX(x), toY(y));
    },
  });
  return geoPath(pixels)({ type: 'MultiPolygon', coordinates: contour.polygons }) ?? '';
}
