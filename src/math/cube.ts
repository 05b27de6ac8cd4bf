/** Corners of the N-dimensional cube with coordinates ±1, and a projection to draw the 3-D one. */

export type Corner = readonly number[];

/** All 2^n corners, each coordinate −1 or +1, in binary counting order (−1 for a 0 bit). */
export function cubeCorners(n: number): Corner[] {
  // 2^20 corners is already a million arrays; the figures only draw n ≤ 3.
  if (!Number.isInteger(n) || n < 0 || n > 20)
    throw new RangeError(`cubeCorners supports 0…20 dimensions, got ${n}`);
  const corners: Corner[] = [];
  for (let bits = 0; bits < 2 ** n; bits++) {
    corners.push(Array.from({ length: n }, (_, i) => ((bits >> (n - 1 - i)) & 1 ? 1 : -1)));
  }
  return corners;
}

/** How many coordinates two corners disagree on (their Hamming distance). */
export function differingCoordinates(a: Corner, b: Corner): number {
  if (a.length !== b.length) throw new RangeError('Corners differ in dimension');
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

/** Index pairs [i, j] (i < j) of corners joined by an edge: they differ in exactly one coordinate. */
export function cubeEdges(corners: readonly Corner[]): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 0; i < corners.length; i++) {
    for (let j = i + 1; j < corners.length; j++)
      if (differingCoordinates(corners[i], corners[j]) === 1) edges.push([i, j]);
  }
  return edges;
}

/**
 * Cabinet-style oblique projection: depth (z) is drawn at half length, slanted up and to the right
 * by `angleDegrees`. Simple enough to read the cube's corners without shading.
 */
export function obliqueProjection(
  [x, y, z]: readonly number[],
  depthScale = 0.5,
  angleDegrees = 35,
): [number, number] {
  const angle = (angleDegrees * Math.PI) / 180;
  return [x + depthScale * z * Math.cos(angle), y + depthScale * z * Math.sin(angle)];
}
