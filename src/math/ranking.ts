import { topK } from './topK';

/** Orderings of scores. Ties keep their original order (stable), so results are reproducible. */

export type Order = 'descending' | 'ascending';

/** Indices of `values`, best first: largest first for 'descending', smallest first for 'ascending'. */
export function argsort(values: ArrayLike<number>, order: Order): number[] {
  return topK(values, values.length, (value) => (order === 'descending' ? value : -value));
}

/** Indices sorted best first, leaving out `exclude`. */
export function rankedExcluding(
  values: ArrayLike<number>,
  order: Order,
  exclude: Iterable<number> = [],
): number[] {
  const skip = new Set(exclude);
  return argsort(values, order).filter((i) => !skip.has(i));
}

/** 1-based position of `target` among the values (leaving out `exclude`); the best is rank 1. */
export function rankOf(
  values: ArrayLike<number>,
  target: number,
  order: Order,
  exclude: Iterable<number> = [],
): number {
  const position = rankedExcluding(values, order, exclude).indexOf(target);
  if (position < 0) throw new RangeError(`Index ${target} is not among the ranked values`);
  return position + 1;
}

/** The `k` best indices, leaving out `exclude` (e.g. the query's own words). */
export function nearestExcluding(
  values: ArrayLike<number>,
  k: number,
  order: Order,
  exclude: Iterable<number> = [],
): number[] {
  return rankedExcluding(values, order, exclude).slice(0, k);
}
