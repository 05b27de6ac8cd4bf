/** Picking points of a 2-D map (row-major [n, 2] coordinates) by region or by threshold. */

export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Points inside the rectangle (edges included) for which `include` is true, ascending. */
export function indicesInRect(
  coords: Float64Array,
  rect: Rect,
  include: (i: number) => boolean = () => true,
): Int32Array {
  const xMin = Math.min(rect.x0, rect.x1);
  const xMax = Math.max(rect.x0, rect.x1);
  const yMin = Math.min(rect.y0, rect.y1);
  const yMax = Math.max(rect.y0, rect.y1);
  const found: number[] = [];
  for (let i = 0; i < coords.length / 2; i++) {
    const x = coords[i * 2];
    const y = coords[i * 2 + 1];
    if (x >= xMin && x <= xMax && y >= yMin && y <= yMax && include(i)) found.push(i);
  }
  return Int32Array.from(found);
}

/** Points whose coordinate on `axis` (0 = PC1, 1 = PC2) is strictly greater than `threshold`. */
export function indicesAbove(coords: Float64Array, axis: 0 | 1, threshold: number): Int32Array {
  const found: number[] = [];
  for (let i = 0; i < coords.length / 2; i++) if (coords[i * 2 + axis] > threshold) found.push(i);
  return Int32Array.from(found);
}

/** Smallest and largest value of one axis; [0, 0] for no points. */
export function axisExtent(coords: Float64Array, axis: 0 | 1): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = axis; i < coords.length; i += 2) {
    min = Math.min(min, coords[i]);
    max = Math.max(max, coords[i]);
  }
  return min <= max ? [min, max] : [0, 0];
}
