/** Keeps map labels from covering each other: a greedy nudge up or down, no DOM. */

export interface LabelBox {
  x: number;
  y: number;
  /** Width in pixels (estimated from the text). */
  width: number;
}

const overlaps = (a: LabelBox, ay: number, b: LabelBox, by: number, line: number) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(ay - by) < line;

/**
 * The y of each label (centred at x, y) after moving it by the smallest nudge that clears the
 * labels placed before it; a label that no nudge clears stays where it was.
 */
export function placeLabels(boxes: readonly LabelBox[], line = 16): number[] {
  const nudges = [0, 1, -1, 2, -2, 3, -3].map((steps) => steps * line);
  const placed: number[] = [];
  boxes.forEach((box, i) => {
    const free = nudges.find((dy) =>
      boxes.slice(0, i).every((other, j) => !overlaps(box, box.y + dy, other, placed[j], line)),
    );
    placed.push(box.y + (free ?? 0));
  });
  return placed;
}

/** About how wide a label of `text` is in bold at `fontSize` px. */
export const labelWidth = (text: string, fontSize = 12) => text.length * fontSize * 0.6 + 6;
