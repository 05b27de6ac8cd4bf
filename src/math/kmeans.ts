/**
 * k-means on row vectors (squared Euclidean distance; on unit vectors that orders like cosine).
 * Greedy k-means++ seeding (as scikit-learn: of 2 + ⌊ln k⌋ candidates drawn in proportion to the
 * squared distance from the nearest chosen centre, keep the one that lowers the total most), then
 * Lloyd's iterations until no point changes cluster. Seeded: the same data and seed give the same
 * clusters. Several restarts; the lowest inertia wins.
 */
import { seededRandom } from './random';

export interface KMeansResult {
  k: number;
  /** Cluster of each row, 0..k-1. */
  assignments: Int32Array;
  /** Row-major [k, dims] cluster means. */
  centres: Float64Array;
  /** Sum over rows of the squared distance to their cluster's centre. */
  inertia: number;
  /** Lloyd's iterations until no row moved (or the cap). */
  iterations: number;
}

export interface KMeansOptions {
  seed: number;
  /** Independent seedings; the lowest inertia is kept. Default 4. */
  restarts?: number;
  /** Cap on Lloyd's iterations per restart. Default 100. */
  maxIterations?: number;
}

function squaredDistance(rows: Float32Array, row: number, centres: Float64Array, c: number, dims: number) {
  const a = row * dims;
  const b = c * dims;
  let sum = 0;
  for (let j = 0; j < dims; j++) {
    const d = rows[a + j] - centres[b + j];
    sum += d * d;
  }
  return sum;
}

/** Draws an index with probability proportional to `weights[i]` (whose sum is `total`). */
function drawWeighted(weights: Float64Array, total: number, random: () => number): number {
  let target = random() * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i];
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** Greedy k-means++ starting centres: row-major [k, dims], copied from k distinct rows. */
export function kMeansPlusPlus(
  rows: Float32Array,
  dims: number,
  k: number,
  random: () => number,
): Float64Array {
  const n = rows.length / dims;
  if (!Number.isInteger(k) || k < 1 || k > n) throw new RangeError(`k must be a whole number from 1 to ${n}`);
  const centres = new Float64Array(k * dims);
  const first = Math.floor(random() * n);
  centres.set(rows.subarray(first * dims, (first + 1) * dims));
  const nearest = new Float64Array(n);
  for (let i = 0; i < n; i++) nearest[i] = squaredDistance(rows, i, centres, 0, dims);
  const trials = 2 + Math.floor(Math.log(k));
  const candidate = new Float64Array(dims);
  const trial = new Float64Array(n);
  const best = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    const total = nearest.reduce((s, d) => s + d, 0);
    let bestRow = -1;
    let bestTotal = Infinity;
    for (let t = 0; t < trials; t++) {
      // All rows already chosen (or duplicates of them) have weight 0 and are never drawn.
      const row = total > 0 ? drawWeighted(nearest, total, random) : Math.floor(random() * n);
      candidate.set(rows.subarray(row * dims, (row + 1) * dims));
      let sum = 0;
      for (let i = 0; i < n; i++) {
        trial[i] = Math.min(nearest[i], squaredDistance(rows, i, candidate, 0, dims));
        sum += trial[i];
      }
      if (sum < bestTotal) {
        bestTotal = sum;
        bestRow = row;
        best.set(trial);
      }
    }
    centres.set(rows.subarray(bestRow * dims, (bestRow + 1) * dims), c * dims);
    nearest.set(best);
  }
  return centres;
}

/**
 * Each row's nearest centre (ties: the lower cluster number) and the total squared distance.
 * |x − c|² = |x|² − 2 x·c + |c|²: four centres share each pass over a row's numbers.
 */
export function assignToCentres(
  rows: Float32Array,
  dims: number,
  centres: Float64Array,
  assignments: Int32Array,
): number {
  const n = rows.length / dims;
  const k = centres.length / dims;
  const padded = Math.ceil(k / 4) * 4;
  const block = new Float64Array(padded * dims); // zero centres pad the last group of four
  block.set(centres);
  const halfSquares = new Float64Array(padded).fill(Infinity);
  for (let c = 0; c < k; c++) {
    let sum = 0;
    for (let j = 0; j < dims; j++) sum += centres[c * dims + j] ** 2;
    halfSquares[c] = sum / 2;
  }
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const offset = i * dims;
    let bestCluster = 0;
    let best = -Infinity; // largest x·c − |c|²/2 is the nearest centre
    for (let c = 0; c < padded; c += 4) {
      const c0 = c * dims;
      const c1 = c0 + dims;
      const c2 = c1 + dims;
      const c3 = c2 + dims;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < dims; j++) {
        const x = rows[offset + j];
        s0 += x * block[c0 + j];
        s1 += x * block[c1 + j];
        s2 += x * block[c2 + j];
        s3 += x * block[c3 + j];
      }
      const s = [s0, s1, s2, s3];
      for (let q = 0; q < 4; q++) {
        const score = s[q] - halfSquares[c + q];
        if (score > best) {
          best = score;
          bestCluster = c + q;
        }
      }
    }
    assignments[i] = bestCluster;
    let squared = 0;
    for (let j = 0; j < dims; j++) squared += rows[offset + j] ** 2;
    inertia += Math.max(0, squared - 2 * best);
  }
  return inertia;
}

/** Lloyd's algorithm from the given centres; a cluster left empty keeps its previous centre. */
export function lloyd(
  rows: Float32Array,
  dims: number,
  initialCentres: Float64Array,
  maxIterations = 100,
): KMeansResult {
  const n = rows.length / dims;
  const k = initialCentres.length / dims;
  const centres = Float64Array.from(initialCentres);
  const assignments = new Int32Array(n).fill(-1);
  const previous = new Int32Array(n);
  let inertia = assignToCentres(rows, dims, centres, assignments);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const sums = new Float64Array(k * dims);
    const counts = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assignments[i];
      counts[c]++;
      for (let j = 0; j < dims; j++) sums[c * dims + j] += rows[i * dims + j];
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue;
      for (let j = 0; j < dims; j++) centres[c * dims + j] = sums[c * dims + j] / counts[c];
    }
    previous.set(assignments);
    inertia = assignToCentres(rows, dims, centres, assignments);
    if (assignments.every((c, i) => c === previous[i])) break;
  }
  return { k, assignments, centres, inertia, iterations };
}

/** k-means++ then Lloyd's, `restarts` times from one seeded random stream; the lowest inertia wins. */
export function kMeans(rows: Float32Array, dims: number, k: number, options: KMeansOptions): KMeansResult {
  const random = seededRandom(options.seed);
  let best: KMeansResult | undefined;
  for (let r = 0; r < Math.max(1, options.restarts ?? 4); r++) {
    const result = lloyd(rows, dims, kMeansPlusPlus(rows, dims, k, random), options.maxIterations);
    if (!best || result.inertia < best.inertia) best = result;
  }
  return best!;
}
