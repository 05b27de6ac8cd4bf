/** Which points get which fill, in drawing order: shared by the canvas and the SVG export. */
import { FADED_COLOR } from './categoryPalette';

export interface PaintGroup {
  fill: string;
  indices: Int32Array;
}

/**
 * Groups the visible points by fill. Points of hidden categories are left out. When `highlighted`
 * is given, points it marks 0 are drawn first in a faded grey, so the selection sits on top.
 * Category groups follow: "other" (the last code) first, then the named categories from most to
 * least frequent, so small groups are not buried under the crowd.
 */
export function paintGroups(
  codes: Uint16Array,
  colors: readonly string[],
  hidden: ReadonlySet<number>,
  highlighted: Uint8Array | null,
): PaintGroup[] {
  const buckets: number[][] = colors.map(() => []);
  const faded: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (hidden.has(code)) continue;
    if (highlighted && !highlighted[i]) faded.push(i);
    else buckets[code].push(i);
  }
  const groups: PaintGroup[] = [];
  if (faded.length > 0) groups.push({ fill: FADED_COLOR, indices: Int32Array.from(faded) });
  const named = colors.length - 1;
  const order = [named, ...Array.from({ length: named }, (_, code) => code)];
  for (const code of order) {
    if (buckets[code].length > 0)
      groups.push({ fill: colors[code], indices: Int32Array.from(buckets[code]) });
  }
  return groups;
}
