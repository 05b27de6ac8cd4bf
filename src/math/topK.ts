/**
 * Indices of the `k` items with the largest `by` scores, best first. Ties keep index order (stable),
 * NaN scores rank last, and a `k` beyond the length returns every index.
 */
export function topK<T>(values: ArrayLike<T>, k: number, by: (value: T, index: number) => number): number[] {
  const count = Math.max(0, Math.min(Math.floor(k), values.length));
  if (count === 0) return [];
  const scores = Array.from(values, (value, index) => {
    const score = by(value, index);
    return Number.isNaN(score) ? -Infinity : score;
  });
  const order = Array.from({ length: values.length }, (_, i) => i);
  order.sort((i, j) => (scores[i] > scores[j] ? -1 : scores[i] < scores[j] ? 1 : i - j));
  return order.slice(0, count);
}
