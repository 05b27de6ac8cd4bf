/** Grouping rows by a text label (a job title): counts, and the most frequent labels as colours. */

export interface LabelCount {
  label: string;
  count: number;
}

/** How often each label occurs among `indices` (all rows when omitted), most frequent first, ties A–Z. */
export function countByLabel(labels: readonly string[], indices?: ArrayLike<number>): LabelCount[] {
  const counts = new Map<string, number>();
  const count = indices ? indices.length : labels.length;
  for (let k = 0; k < count; k++) {
    const label = labels[indices ? indices[k] : k];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, n]) => ({ label, count: n }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

export interface Categories {
  /** The most frequent labels, most frequent first. */
  names: string[];
  /** Per row: its label's position in `names`, or `names.length` for "other". */
  codes: Uint16Array;
  /** Rows per category; the last entry counts "other". */
  sizes: number[];
}

/** The `max` most frequent labels get their own category; all the rest share "other". */
export function topCategories(labels: readonly string[], max: number): Categories {
  const names = countByLabel(labels)
    .slice(0, max)
    .map((c) => c.label);
  const position = new Map(names.map((name, i) => [name, i]));
  const codes = Uint16Array.from(labels, (label) => position.get(label) ?? names.length);
  const sizes = new Array<number>(names.length + 1).fill(0);
  for (const code of codes) sizes[code]++;
  return { names, codes, sizes };
}
