/** Keeps map labels from covering each other: a greedy nudge up or down, no DOM. */

export interface LabelBox {
  x: number;
  y: number;
  /** Width in pixels (estimated from the text). */
  width: number;
}

const LINE = 16;
const NUDGES = [0, LINE, -LINE, 2 * LINE, -2 * LINE, 3 * LINE, -3 * LINE];

const overlaps = (a: LabelBox, ay: number, b: LabelBox, by: number) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(ay - by) < LINE;

/**
 * The y of each label (centred at x, y) after moving it by the smallest nudge that clears the
 * labels placed before it; a label that no nudge clears stays where it was.
 */
export function placeLabels(boxes: readonly LabelBox[]): number[] {
  const placed: number[] = [];
  boxes.forEach((box, i) => {
    const free = NUDGES.find((dy) =>
      boxes.slice(0, i).every((other, j) => !overlaps(box, box.y + dy, other, placed[j])),
    );
    placed.push(box.y + (free ?? 0));
  });
  return placed;
}

/** About how wide a label of `text` is at 12 px bold. */
export const labelWidth = (text: string) => text.length * 7.2 + 6;
