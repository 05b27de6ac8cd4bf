/** Where map labels go on screen, kept from covering each other by a greedy nudge up or down. No DOM. */
import type { View } from './scatterDraw';
import type { Frame } from './scatterFrame';

export interface MapLabel {
  /** Position in data coordinates. */
  x: number;
  y: number;
  text: string;
}

export interface LabelBox {
  x: number;
  y: number;
  /** Width in pixels (estimated from the text). */
  width: number;
}

/** Space kept between two labels side by side, in pixels. */
const GAP = 4;

const overlaps = (a: LabelBox, ay: number, b: LabelBox, by: number, line: number) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 + GAP && Math.abs(ay - by) < line;

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

/** Label size on the map: phones get smaller labels. */
export const labelFontSize = (frame: Frame) => (frame.width < 520 ? 10 : 12);

/**
 * Labels in screen pixels for a view of the map: kept inside the plot sideways (none is cut off at
 * an edge) and nudged apart. The page and the SVG export both draw these.
 */
export function screenLabels(
  frame: Frame,
  view: View,
  labels: readonly MapLabel[],
): { text: string; x: number; y: number }[] {
  const fontSize = labelFontSize(frame);
  const { clip } = frame.layout;
  const boxes = labels.map((label) => {
    const width = labelWidth(label.text, fontSize);
    const x = view.k * frame.scales.x(label.x) + view.x;
    const inside = Math.min(Math.max(x, clip.left + width / 2), clip.right - width / 2);
    return { text: label.text, x: inside, y: view.k * frame.scales.y(label.y) + view.y, width };
  });
  const ys = placeLabels(boxes, fontSize + 6);
  return boxes.map((box, i) => ({ text: box.text, x: box.x, y: ys[i] }));
}
