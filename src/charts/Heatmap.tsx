import { useMemo, useState } from 'react';
import { heatmapCells, type HeatmapCell } from './heatmapCells';
import { textColorOn } from './colorScales';

export interface HeatmapProps {
  values: ArrayLike<number>;
  cols: number;
  color: (value: number) => string;
  /** Accessible name of the figure; also the text alternative's heading. */
  label: string;
  cellWidth?: number;
  cellHeight?: number;
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  /** Print each value inside its cell (for small matrices). */
  showValues?: boolean;
  format?: (value: number) => string;
  /** Text for the hover line, e.g. "dimension 17: 0.0312". */
  describeCell?: (cell: HeatmapCell) => string;
  testId?: string;
  /** Room for row labels, in the figure's units; longer labels are cut with an ellipsis. */
  labelWidth?: number;
}

const LABEL_HEIGHT = 18;

/** A grid of coloured cells. Layout comes from `heatmapCells`; React owns every node. */
export function Heatmap({
  values,
  cols,
  color,
  label,
  cellWidth = 18,
  cellHeight = 18,
  rowLabels,
  colLabels,
  showValues = false,
  format = (v) => v.toFixed(2),
  describeCell = (cell) => `row ${cell.row + 1}, column ${cell.col + 1}: ${format(cell.value)}`,
  testId,
  labelWidth = 110,
}: HeatmapProps) {
  const cells = useMemo(
    () => heatmapCells(values, cols, cellWidth, cellHeight, color),
    [values, cols, cellWidth, cellHeight, color],
  );
  const [hovered, setHovered] = useState<HeatmapCell | undefined>();
  const rows = Math.ceil(values.length / cols);
  const left = rowLabels ? labelWidth : 0;
  // About 6 units per character at the label font size.
  const maxChars = Math.max(4, Math.floor(labelWidth / 6.5));
  const top = colLabels ? LABEL_HEIGHT : 0;
  const width = left + cols * cellWidth;
  const height = top + rows * cellHeight;
  return (
    <figure className="heatmap" data-testid={testId}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        role="img"
        aria-label={label}
        onMouseLeave={() => setHovered(undefined)}
      >
        {rowLabels?.map((text, r) => (
          <text
            key={`r${r}`}
            x={left - 6}
            y={top + r * cellHeight + cellHeight / 2}
            textAnchor="end"
            dominantBaseline="middle"
            className="heatmap-label"
          >
            {text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text}
          </text>
        ))}
        {colLabels?.map((text, c) => (
          <text
            key={`c${c}`}
            x={left + c * cellWidth + cellWidth / 2}
            y={LABEL_HEIGHT - 5}
            textAnchor="middle"
            className="heatmap-label"
          >
            {text}
          </text>
        ))}
        <g transform={`translate(${left},${top})`}>
          {cells.map((cell) => (
            <rect
              key={cell.index}
              className="heatmap-cell"
              data-index={cell.index}
              data-value={cell.value}
              x={cell.x}
              y={cell.y}
              width={cellWidth - 1}
              height={cellHeight - 1}
              fill={cell.fill}
              onMouseEnter={() => setHovered(cell)}
              onClick={() => setHovered(cell)}
            />
          ))}
          {showValues &&
            cells.map((cell) => (
              <text
                key={`v${cell.index}`}
                x={cell.x + cellWidth / 2}
                y={cell.y + cellHeight / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                fill={textColorOn(cell.fill)}
                className="heatmap-value"
                pointerEvents="none"
              >
                {format(cell.value)}
              </text>
            ))}
        </g>
      </svg>
      <figcaption className="heatmap-hover" aria-live="polite">
        {hovered ? describeCell(hovered) : 'Hover or tap a cell to read its value.'}
      </figcaption>
    </figure>
  );
}
