/** Density contours and text labels drawn over the scatter plot's points (SVG, clipped to the plot). */
import { useId } from 'react';
import { labelWidth, placeLabels } from './labelPlacement';
import type { View } from './scatterDraw';
import type { Frame } from './scatterFrame';

export interface MapLabel {
  /** Position in data coordinates. */
  x: number;
  y: number;
  text: string;
}

export function ScatterAnnotations({
  frame,
  view,
  contours,
  labels,
}: {
  frame: Frame;
  view: View;
  /** SVG path data in base (unzoomed) pixels of `frame`. */
  contours: readonly string[] | null;
  labels: readonly MapLabel[] | null;
}) {
  const clipId = useId();
  const { clip } = frame.layout;
  // Phones get smaller labels, kept inside the plot so none is cut off at an edge.
  const fontSize = frame.width < 520 ? 10 : 12;
  const screen = (labels ?? []).map((label) => {
    const width = labelWidth(label.text, fontSize);
    const x = view.k * frame.scales.x(label.x) + view.x;
    const inside = Math.min(Math.max(x, clip.left + width / 2), clip.right - width / 2);
    return { text: label.text, x: inside, y: view.k * frame.scales.y(label.y) + view.y, width };
  });
  const ys = placeLabels(screen, fontSize + 4);
  return (
    <svg
      className="scatter-layer scatter-annotations"
      width={frame.width}
      height={frame.height}
      aria-hidden="true"
    >
      <clipPath id={clipId}>
        <rect x={clip.left} y={clip.top} width={clip.right - clip.left} height={clip.bottom - clip.top} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {contours && (
          <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
            {contours.map((d, i) => (
              <path key={i} d={d} className="scatter-contour" vectorEffect="non-scaling-stroke" />
            ))}
          </g>
        )}
        {screen.map((label, i) => (
          <text
            key={i}
            className="scatter-label"
            x={label.x}
            y={ys[i]}
            fontSize={fontSize}
            textAnchor="middle"
            dy="0.35em"
          >
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
