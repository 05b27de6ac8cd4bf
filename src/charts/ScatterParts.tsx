/** The scatter plot's axes (SVG) and its tooltip: plain renderers of what the plot computed. */
import type { CSSProperties } from 'react';
import type { PointDescription } from './ScatterPlot';
import type { Tick } from './scatterExport';
import type { Frame } from './scatterFrame';

/** Below this width a tooltip beside the dot would cover the map: it spans the plot's top or bottom edge instead. */
const NARROW = 520;

/** Beside the dot, on the side with more room; on narrow screens along the edge away from the dot. */
function tooltipPlacement(x: number, y: number, width: number, height: number): CSSProperties {
  const lower = y > height / 2;
  if (width < NARROW) return lower ? { left: 4, right: 4, top: 4 } : { left: 4, right: 4, bottom: 4 };
  return {
    left: x > width / 2 ? undefined : x + 14,
    right: x > width / 2 ? width - x + 14 : undefined,
    top: lower ? undefined : y + 14,
    bottom: lower ? height - y + 14 : undefined,
  };
}

export function ScatterTooltip({
  point,
  x,
  y,
  width,
  height,
}: {
  point: PointDescription;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  return (
    <div
      className="scatter-tooltip"
      data-testid="scatter-tooltip"
      style={tooltipPlacement(x, y, width, height)}
    >
      <strong>{point.title}</strong>
      <span>{point.detail}</span>
    </div>
  );
}

export function ScatterAxes({
  frame,
  ticks,
  axisLabels,
}: {
  frame: Frame;
  ticks: { x: Tick[]; y: Tick[] };
  axisLabels: [string, string];
}) {
  const { clip } = frame.layout;
  return (
    <g className="scatter-axes" aria-hidden="true">
      {ticks.x.map((tick) => (
        <text key={`x${tick.value}`} x={tick.at} y={clip.bottom + 15} textAnchor="middle">
          {tick.value}
        </text>
      ))}
      {ticks.y.map((tick) => (
        <text key={`y${tick.value}`} x={clip.left - 6} y={tick.at} dy="0.32em" textAnchor="end">
          {tick.value}
        </text>
      ))}
      <rect
        className="scatter-frame"
        x={clip.left}
        y={clip.top}
        width={clip.right - clip.left}
        height={clip.bottom - clip.top}
      />
      <text
        className="scatter-axis-label"
        x={(clip.left + clip.right) / 2}
        y={frame.height - 8}
        textAnchor="middle"
      >
        {axisLabels[0]}
      </text>
      <text
        className="scatter-axis-label"
        transform={`translate(14,${(clip.top + clip.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {axisLabels[1]}
      </text>
    </g>
  );
}
