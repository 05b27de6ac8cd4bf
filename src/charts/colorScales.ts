import { interpolateRdBu, interpolateViridis, rgb, scaleDiverging, scaleSequential } from 'd3';

/**
 * Blue for positive, red for negative, white at zero (ColorBrewer RdBu: safe for the common
 * colour-vision deficiencies). Symmetric around zero so equal magnitudes get equal strength.
 */
export function divergingScale(maxAbs: number) {
  const limit = maxAbs > 0 ? maxAbs : 1;
  return scaleDiverging((t: number) => interpolateRdBu(t))
    .domain([-limit, 0, limit])
    .clamp(true);
}

/** Viridis for values with no natural zero (similarities, counts): perceptually even, CVD-safe. */
export function sequentialScale(min: number, max: number) {
  return scaleSequential(interpolateViridis)
    .domain([min, max === min ? min + 1 : max])
    .clamp(true);
}

export function maxAbsolute(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]));
  return max;
}

/** Black or white text, whichever reads better on the given fill. */
export function textColorOn(fill: string): string {
  const { r, g, b } = rgb(fill);
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? '#111' : '#fff';
}
