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
  const screen = (labels ?? []).map((label) => ({
    text: label.text,
    x: view.k * frame.scales.x(label.x) + view.x,
    y: view.k * frame.scales.y(label.y) + view.y,
    width: labelWidth(label.text),
  }));
  const ys = placeLabels(screen);
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
          <text key={i} className="scatter-label" x={label.x} y={ys[i]} textAnchor="middle" dy="0.35em">
            {label.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
