/** Row order of the map's table view. */

export type SortKey = 'row' | 'title' | 'x' | 'y';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Positions 0..n-1 in the requested order; ties keep row order. */
export function tableOrder(titles: readonly string[], coords: Float64Array, sort: Sort): Int32Array {
  const order = Array.from({ length: titles.length }, (_, i) => i);
  const compare = (a: number, b: number): number => {
    switch (sort.key) {
      case 'row':
        return a - b;
      case 'title':
        return titles[a].localeCompare(titles[b]);
      case 'x':
        return coords[a * 2] - coords[b * 2];
      case 'y':
        return coords[a * 2 + 1] - coords[b * 2 + 1];
    }
  };
  const sign = sort.descending ? -1 : 1;
  order.sort((a, b) => sign * compare(a, b) || a - b);
  return Int32Array.from(order);
}
