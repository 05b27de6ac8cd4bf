import { color as parseColor, ticks } from 'd3';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ScrollCue, useHorizontalOverflow } from './ScrollCue';
import './CanvasHeatmap.css';

export interface CanvasHeatmapProps {
  /** Row-major [rowLabels.length, cols]. */
  values: ArrayLike<number>;
  cols: number;
  rowLabels: readonly string[];
  color: (value: number) => string;
  /** Accessible name of the figure. */
  label: string;
  cellWidth?: number;
  cellHeight?: number;
  /** Text for the hover line, e.g. "“cat”, dimension 17: 0.0312". */
  describeCell: (row: number, col: number, value: number) => string;
  testId?: string;
}

interface Cell {
  row: number;
  col: number;
}

/**
 * A large matrix (e.g. 256 tokens × 384 dimensions) as one canvas with one pixel per value, scaled up
 * without smoothing: far lighter than one SVG node per cell. Row labels stay put while the cells
 * scroll sideways; pointer, touch and arrow keys read single cells.
 */
export function CanvasHeatmap({
  values,
  cols,
  rowLabels,
  color,
  label,
  cellWidth = 2,
  cellHeight = 14,
  describeCell,
  testId,
}: CanvasHeatmapProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const cursorRef = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState<Cell | undefined>();
  // Only keyboard moves scroll the page; a hovered cell is already in view.
  const movedByKey = useRef(false);
  const rows = rowLabels.length;
  const { ref: scrollRef, overflowing, atEnd } = useHorizontalOverflow<HTMLDivElement>();

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(cols, rows);
    const rgbOf = new Map<string, [number, number, number]>();
    for (let i = 0; i < rows * cols; i++) {
      const fill = color(values[i]);
      let rgb = rgbOf.get(fill);
      if (!rgb) {
        const parsed = parseColor(fill)?.rgb();
        rgb = parsed ? [parsed.r, parsed.g, parsed.b] : [0, 0, 0];
        rgbOf.set(fill, rgb);
      }
      image.data.set([...rgb, 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [values, cols, rows, color]);

  useEffect(() => {
    if (!movedByKey.current) return;
    movedByKey.current = false;
    cursorRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [cursor]);

  const cellAt = (event: PointerEvent<HTMLCanvasElement>): Cell => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      row: clamp(Math.floor((event.clientY - box.top) / cellHeight), rows),
      col: clamp(Math.floor((event.clientX - box.left) / cellWidth), cols),
    };
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [0, -16],
      PageDown: [0, 16],
      Home: [0, -cols],
      End: [0, cols],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    movedByKey.current = true;
    const from = cursor ?? { row: 0, col: 0 };
    setCursor({ row: clamp(from.row + move[0], rows), col: clamp(from.col + move[1], cols) });
  };

  const width = cols * cellWidth;
  const axisTicks = ticks(0, cols - 1, Math.max(2, Math.floor(width / 70))).filter(Number.isInteger);

  return (
    <figure className="canvas-heatmap" data-testid={testId} data-rows={rows} data-cols={cols}>
      <ScrollCue overflowing={overflowing} atEnd={atEnd} rest={`all ${cols} dimensions`} />
      <div className={`scroll-frame${overflowing && !atEnd ? ' more-right' : ''}`}>
        <div className="canvas-heatmap-scroll" ref={scrollRef}>
          <div
            className="canvas-heatmap-grid"
            style={{ gridTemplateColumns: `var(--row-label-width) ${width}px` }}
          >
            <div className="canvas-heatmap-corner">dimension</div>
            <div className="canvas-heatmap-axis" aria-hidden="true">
              {axisTicks.map((t) => (
                <span key={t} style={{ left: t * cellWidth }} className={t === 0 ? 'first-tick' : undefined}>
                  {t}
                </span>
              ))}
            </div>
            <ol className="canvas-heatmap-rows" aria-hidden="true">
              {rowLabels.map((text, r) => (
                <li
                  key={r}
                  style={{ height: cellHeight, lineHeight: `${cellHeight}px` }}
                  className={cursor?.row === r ? 'current' : undefined}
                  title={text}
                >
                  {text}
                </li>
              ))}
            </ol>
            <div className="canvas-heatmap-cells">
              <canvas
                ref={canvasRef}
                width={cols}
                height={rows}
                style={{ width, height: rows * cellHeight }}
                role="img"
                aria-label={`${label}. Focus it and use the arrow keys to read single values.`}
                tabIndex={0}
                onKeyDown={onKeyDown}
                onPointerMove={(event) => setCursor(cellAt(event))}
                onPointerDown={(event) => setCursor(cellAt(event))}
              />
              {cursor && (
                <div
                  ref={cursorRef}
                  className="canvas-heatmap-cursor"
                  style={{
                    left: cursor.col * cellWidth - 1,
                    top: cursor.row * cellHeight - 1,
                    width: cellWidth + 2,
                    height: cellHeight + 2,
                  }}
                />
              )}
            </div>
          </div>
        </div>
      </div>
      <figcaption className="heatmap-hover" aria-live="polite">
        {cursor
          ? describeCell(cursor.row, cursor.col, values[cursor.row * cols + cursor.col])
          : 'Hover or tap a cell, or focus the map and use the arrow keys, to read its value.'}
      </figcaption>
    </figure>
  );
}

function clamp(index: number, length: number): number {
  return Math.min(length - 1, Math.max(0, index));
}
