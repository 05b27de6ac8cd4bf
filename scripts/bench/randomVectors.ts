import { unitRowsCopy } from '../../src/math/nearest';
import { gaussian, seededRandom } from '../../src/math/random';

/** `rows` seeded random unit vectors (isotropic Gaussian, normalised), row-major [rows, dims]. */
export function randomUnitVectors(rows: number, dims: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const data = new Float32Array(rows * dims);
  for (let i = 0; i < data.length; i++) data[i] = gaussian(random);
  return unitRowsCopy(data, dims);
}
