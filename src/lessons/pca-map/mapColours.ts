/** What the dots' colours mean: job title, the point's own recall, or its cluster. Pure, unit-tested. */
import type { LegendEntry } from '../../charts/CategoryLegend';
import { CATEGORY_COLORS, categoryColor } from '../../charts/categoryPalette';
import { sequentialScale } from '../../charts/colorScales';
import { topCategories } from '../../math/categories';

export type ColourBy = 'title' | 'recall' | 'cluster';

export interface Colouring {
  /** Colour code of each point, an index into `colors`; the last code is "other". */
  codes: Uint16Array;
  colors: string[];
  legend: LegendEntry[];
}

function legendOf(names: readonly string[], sizes: ArrayLike<number>, colors: readonly string[]) {
  return names
    .map((label, code) => ({ label, color: colors[code], count: sizes[code], code }))
    .filter((entry) => entry.count > 0);
}

/** The most frequent titles get colours, the rest share the grey "other". */
export function colourByTitle(titles: readonly string[]): Colouring {
  const categories = topCategories(titles, CATEGORY_COLORS.length);
  const named = categories.names.length;
  const colors = Array.from({ length: named + 1 }, (_, code) => categoryColor(code, named));
  const entries = categories.names.map((label, code) => ({
    label,
    color: colors[code],
    count: categories.sizes[code],
    code,
  }));
  const other = categories.sizes[named];
  const legend =
    other > 0
      ? [...entries, { label: 'Other titles', color: colors[named], count: other, code: named }]
      : entries;
  return { codes: categories.codes, colors, legend };
}

/**
 * recall@k of each point is a multiple of 1/k: one colour per step, dark (lost its neighbours) to
 * bright (kept them all). The extra last code stays unused ("other" is drawn first).
 */
export function colourByRecall(recall: ArrayLike<number>, k: number): Colouring {
  const scale = sequentialScale(0, k);
  const colors = [...Array.from({ length: k + 1 }, (_, kept) => scale(kept)), '#000'];
  const codes = new Uint16Array(recall.length);
  const sizes = new Int32Array(k + 2);
  for (let i = 0; i < recall.length; i++) {
    codes[i] = Math.round(recall[i] * k);
    sizes[codes[i]]++;
  }
  const names = [...Array.from({ length: k + 1 }, (_, kept) => `${kept} of ${k} kept`), ''];
  return { codes, colors, legend: legendOf(names, sizes, colors) };
}

/** One colour per cluster (at most as many clusters as the palette has colours), named by its label. */
export function colourByCluster(assignments: ArrayLike<number>, labels: readonly string[]): Colouring {
  const colors = [...labels.map((_, c) => CATEGORY_COLORS[c % CATEGORY_COLORS.length]), '#000'];
  const codes = Uint16Array.from(assignments);
  const sizes = new Int32Array(labels.length + 1);
  for (const c of codes) sizes[c]++;
  const names = [...labels.map((label, c) => `${c + 1}: ${label}`), ''];
  return { codes, colors, legend: legendOf(names, sizes, colors) };
}
