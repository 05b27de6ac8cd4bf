/** Demo data for the PCA intuition figure: points scattered around a straight line. */
import { gaussian, seededRandom } from './random';

/**
 * `count` 2-D points (row-major [count, 2]) spread along a line through the origin at `angle`
 * radians, pushed off it by `noise` (standard deviation, in the same units as the spread along
 * the line, which is 1). The random draws depend only on `seed`, so changing `noise` moves each
 * point straight away from the line instead of reshuffling the cloud.
 */
export function noisyLine(count: number, noise: number, seed: number, angle = Math.PI / 6): Float64Array {
  const random = seededRandom(seed);
  const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
  const points = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    const along = gaussian(random);
    const across = noise * gaussian(random);
    points[i * 2] = along * ux - across * uy;
    points[i * 2 + 1] = along * uy + across * ux;
  }
  return points;
}
