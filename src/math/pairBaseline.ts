/**
 * How unusual is a cosine for this dataset? Cosines of one model cluster in a narrow band (for
 * all-MiniLM-L6-v2 most pairs of job listings sit well below 0.5), so a bare "0.45" says little.
 * These functions build reference distributions of pair cosines, random pairs and pairs with the
 * same title, and place a score in them as a percentile.
 */
import { seededRandom } from './random';

/** Unit-length rows; `rows` lists the row numbers that take part (embedded rows). */
export interface UnitRows {
  vectors: Float32Array;
  dims: number;
  rows: readonly number[];
}

function rowDot(data: UnitRows, a: number, b: number): number {
  const { vectors, dims } = data;
  let sum = 0;
  for (let k = 0, i = a * dims, j = b * dims; k < dims; k++, i++, j++) sum += vectors[i] * vectors[j];
  return sum;
}

/** Cosines of `count` random pairs of different rows, sorted ascending; empty with fewer than 2 rows. */
export function randomPairCosines(data: UnitRows, count: number, seed = 1): Float64Array {
  const n = data.rows.length;
  if (n < 2) return new Float64Array(0);
  const random = seededRandom(seed);
  const out = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    const a = Math.floor(random() * n);
    // A uniform pick among the other n − 1 rows: skip over `a`.
    let b = Math.floor(random() * (n - 1));
    if (b >= a) b++;
    out[p] = rowDot(data, data.rows[a], data.rows[b]);
  }
  return out.sort();
}

/**
 * Cosines of pairs of rows whose titles match (case and spacing ignored), sorted ascending. Every
 * such pair while there are at most `limit`; otherwise a seeded sample of `limit` of them.
 */
export function sameTitlePairCosines(
  data: UnitRows,
  titles: readonly string[],
  limit = 20000,
  seed = 2,
): Float64Array {
  const groups = new Map<string, number[]>();
  for (const row of data.rows) {
    const key = titles[row].trim().toLowerCase().replace(/\s+/g, ' ');
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const pairs: [number, number][] = [];
  for (const group of groups.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) pairs.push([group[i], group[j]]);
  const random = seededRandom(seed);
  // Partial Fisher–Yates keeps a uniform sample without replacement.
  const kept = Math.min(limit, pairs.length);
  for (let i = 0; i < kept && pairs.length > limit; i++) {
    const j = i + Math.floor(random() * (pairs.length - i));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  return Float64Array.from(pairs.slice(0, kept), ([a, b]) => rowDot(data, a, b)).sort();
}

/**
 * Percentile of `value` in an ascending sample: the share of the sample below it, counting ties
 * as half, times 100. Undefined for an empty sample.
 */
export function percentileIn(sorted: Float64Array, value: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const below = firstIndexAtLeast(sorted, value);
  let ties = 0;
  while (below + ties < sorted.length && sorted[below + ties] === value) ties++;
  return ((below + ties / 2) / sorted.length) * 100;
}

function firstIndexAtLeast(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** 97.4 → "97th", 0.2 → "<1st", 99.96 → ">99th": whole percentiles, never a false 0 or 100. */
export function percentileText(percentile: number): string {
  if (percentile < 1) return '<1st';
  if (percentile >= 99.5) return '>99th';
  const whole = Math.round(percentile);
  const suffix =
    whole % 100 >= 11 && whole % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][whole % 10] ?? 'th');
  return `${whole}${suffix}`;
}
