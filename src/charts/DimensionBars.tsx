import { range, scaleBand, scaleLinear, ticks } from 'd3';
import { useState, type KeyboardEvent } from 'react';
import { useElementWidth } from './useElementWidth';
import './DimensionBars.css';

export interface BarSeries {
  name: string;
  color: string;
  values: ArrayLike<number>;
}

export interface DimensionBarsProps {
  /** One or more vectors; bars of the same dimension stand side by side. */
  series: readonly BarSeries[];
  /** How many dimensions to draw, from dimension 0. */
  count: number;
  /** Accessible name of the figure. */
  label: string;
  height?: number;
  format?: (value: number) => string;
  testId?: string;
}

const MARGIN = { top: 10, right: 8, bottom: 38, left: 50 };

/** Bars for the first `count` dimensions of one or more vectors. D3 computes the scales; React draws. */
export function DimensionBars({
  series,
  count,
  label,
  height = 240,
  format = (v) => v.toFixed(4),
  testId,
}: DimensionBarsProps) {
  const { ref, width } = useElementWidth<HTMLElement>(640);
  const [hovered, setHovered] = useState<number | undefined>();
  const shown = Math.max(1, count);
  const dims = range(shown);

  let maxAbs = 0;
  for (const { values } of series)
    for (let i = 0; i < shown; i++) maxAbs = Math.max(maxAbs, Math.abs(values[i]));
  const y = scaleLinear()
    .domain([-(maxAbs || 1), maxAbs || 1])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const x = scaleBand<number>()
    .domain(dims)
    .range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)])
    .paddingInner(shown > 96 ? 0 : 0.15);
  const inner = scaleBand<number>().domain(range(series.length)).range([0, x.bandwidth()]);
  const xTicks = ticks(0, shown - 1, Math.max(2, Math.floor((width - MARGIN.left) / 60))).filter(
    Number.isInteger,
  );
  const zero = y(0);

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -shown, End: shown };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const from = hovered ?? (moves[event.key] > 0 ? -1 : shown);
    setHovered(Math.min(shown - 1, Math.max(0, from + moves[event.key])));
  };

  const readout =
    hovered === undefined || hovered >= shown
      ? 'Hover or tap a bar, or focus the chart and use the arrow keys, to read its value.'
      : `dimension ${hovered}: ${series.map((s) => (series.length > 1 ? `${s.name} ${format(s.values[hovered])}` : format(s.values[hovered]))).join(' · ')}`;

  return (
    <figure className="dimension-bars" data-testid={testId} ref={ref}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseLeave={() => setHovered(undefined)}
      >
        {y.ticks(5).map((t) => (
          <g key={t} className={t === 0 ? 'bars-zero' : 'bars-grid'}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} />
            <text x={MARGIN.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle">
              {t}
            </text>
          </g>
        ))}
        {hovered !== undefined && hovered < shown && (
          <rect
            className="bars-highlight"
            x={x(hovered)}
            y={MARGIN.top}
            width={Math.max(x.bandwidth(), 2)}
            height={height - MARGIN.top - MARGIN.bottom}
          />
        )}
        {series.map((s, si) => (
          <g key={s.name} fill={s.color}>
            {dims.map((i) => {
              const top = y(s.values[i]);
              return (
                <rect
                  key={i}
                  className="bar"
                  data-index={i}
                  data-value={s.values[i]}
                  x={(x(i) ?? 0) + (inner(si) ?? 0)}
                  y={Math.min(top, zero)}
                  width={Math.max(inner.bandwidth(), 0.5)}
                  height={Math.abs(top - zero)}
                />
              );
            })}
          </g>
        ))}
        {dims.map((i) => (
          <rect
            key={i}
            className="bars-hit"
            x={x(i)}
            y={MARGIN.top}
            width={x.step()}
            height={height - MARGIN.top - MARGIN.bottom}
            onPointerEnter={() => setHovered(i)}
            onPointerDown={() => setHovered(i)}
          />
        ))}
        <g className="bars-axis">
          {xTicks.map((t) => (
            <text
              key={t}
              x={(x(t) ?? 0) + x.bandwidth() / 2}
              y={height - MARGIN.bottom + 14}
              textAnchor="middle"
            >
              {t}
            </text>
          ))}
          <text
            x={(MARGIN.left + width - MARGIN.right) / 2}
            y={height - 4}
            textAnchor="middle"
            className="bars-axis-label"
          >
            dimension
          </text>
          <text
            transform={`translate(12,${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="bars-axis-label"
          >
            value
          </text>
        </g>
      </svg>
      <figcaption className="bars-readout" aria-live="polite">
        {readout}
      </figcaption>
    </figure>
  );
}
