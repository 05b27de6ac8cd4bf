import { useMemo, useState } from 'react';
import { fitHeatmap, heatmapCells, MIN_VALUE_CELL, type HeatmapCell } from './heatmapCells';
import { textColorOn } from './colorScales';
import { ScrollCue, useHorizontalOverflow } from './ScrollCue';
import { useElementWidth } from './useElementWidth';

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
/** Narrowest cell for a heatmap with labels but no printed values. */
const MIN_LABELLED_CELL = 16;

/**
 * A grid of coloured cells. Layout comes from `heatmapCells`; React owns every node. A grid with text
 * (labels, printed values) is drawn at its real pixel size, fitted to the width it has, so the text
 * never shrinks below its font size; one that cannot fit scrolls sideways and says so. A grid
 * without text simply scales to the width.
 */
export function Heatmap({
  values,
  cols,
  color,
  label,
  cellWidth: askedCellWidth = 18,
  cellHeight = 18,
  rowLabels,
  colLabels,
  showValues = false,
  format = (v) => v.toFixed(2),
  describeCell = (cell) => `row ${cell.row + 1}, column ${cell.col + 1}: ${format(cell.value)}`,
  testId,
  labelWidth: askedLabelWidth = 110,
}: HeatmapProps) {
  const hasText = Boolean(rowLabels || colLabels || showValues);
  const { ref: frameRef, width: available } = useElementWidth<HTMLDivElement>(Number.POSITIVE_INFINITY);
  const { ref: scrollRef, overflowing, atEnd } = useHorizontalOverflow<HTMLDivElement>();
  const minCell = showValues ? MIN_VALUE_CELL : MIN_LABELLED_CELL;
  const { cellWidth, labelWidth } = hasText
    ? fitHeatmap(available, cols, askedCellWidth, askedLabelWidth, minCell)
    : { cellWidth: askedCellWidth, labelWidth: askedLabelWidth };
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
      <ScrollCue overflowing={overflowing} atEnd={atEnd} rest="the rest of the grid" />
      <div ref={frameRef} className={`scroll-frame${overflowing && !atEnd ? ' more-right' : ''}`}>
        <div
          ref={scrollRef}
          className="heatmap-scroll"
          // Only when it scrolls: then the keyboard must be able to scroll it too.
          tabIndex={overflowing ? 0 : undefined}
          role={overflowing ? 'group' : undefined}
          aria-label={overflowing ? `${label} (scrolls sideways)` : undefined}
        >
          <svg
            viewBox={`0 0 ${width} ${height}`}
            width={hasText ? width : '100%'}
            height={hasText ? height : undefined}
            style={hasText ? undefined : { maxWidth: width }}
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
        </div>
      </div>
      <figcaption className="heatmap-hover" aria-live="polite">
        {hovered ? describeCell(hovered) : 'Hover or tap a cell to read its value.'}
      </figcaption>
    </figure>
  );
}
