/** Density contours and text labels drawn over the scatter plot's points (SVG, clipped to the plot). */
import { useId } from 'react';
import { labelFontSize, screenLabels, type MapLabel } from './labelPlacement';
import type { View } from './scatterDraw';
import type { Frame } from './scatterFrame';

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
  const fontSize = labelFontSize(frame);
  const screen = screenLabels(frame, view, labels ?? []);
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
            y={label.y}
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
