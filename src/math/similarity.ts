import { cosineSimilarity, dot, euclideanDistance, row } from './vector';
import { argsort } from './ranking';

export type Metric = 'cosine' | 'dot' | 'cosineDistance' | 'euclidean';

export const METRICS: readonly Metric[] = ['cosine', 'dot', 'cosineDistance', 'euclidean'];

/** Distances: smaller means more alike. Similarities: larger means more alike. */
export function isDistance(metric: Metric): boolean {
  return metric === 'cosineDistance' || metric === 'euclidean';
}

export function compare(a: ArrayLike<number>, b: ArrayLike<number>, metric: Metric): number {
  switch (metric) {
    case 'cosine':
      return cosineSimilarity(a, b);
    case 'dot':
      return dot(a, b);
    case 'cosineDistance':
      return 1 - cosineSimilarity(a, b);
    case 'euclidean':
      return euclideanDistance(a, b);
  }
}

/** Every pair of rows of a row-major [n, dims] matrix, as a row-major [n, n] matrix. */
export function similarityMatrix(vectors: Float32Array, dims: number, metric: Metric): Float64Array {
  const n = vectors.length / dims;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      out[i * n + j] = compare(row(vectors, dims, i), row(vectors, dims, j), metric);
  }
  return out;
}

/** The most and least alike pairs (i < j) of an [n, n] matrix, for a one-line text summary. */
export function extremePairs(
  matrix: ArrayLike<number>,
  n: number,
  metric: Metric,
): { closest: [number, number]; farthest: [number, number] } | undefined {
  const pairs: [number, number][] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      pairs.push([i, j]);
      values.push(matrix[i * n + j]);
    }
  }
  if (pairs.length === 0) return undefined;
  const order = argsort(values, isDistance(metric) ? 'ascending' : 'descending');
  return { closest: pairs[order[0]], farthest: pairs[order[order.length - 1]] };
}

/** [min, max] of the values off the diagonal (pairs of different rows); the whole matrix when n < 2. */
export function offDiagonalExtent(matrix: ArrayLike<number>, n: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j && n > 1) continue;
      min = Math.min(min, matrix[i * n + j]);
      max = Math.max(max, matrix[i * n + j]);
    }
  }
  return [min, max];
}
