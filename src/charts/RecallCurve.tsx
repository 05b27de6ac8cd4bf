import { line, scaleLinear } from 'd3';
import './RecallCurve.css';

const WIDTH = 380;
const HEIGHT = 220;
const MARGINS = { top: 16, right: 12, bottom: 34, left: 40 };

/**
 * Mean recall@k against the number of PCA components kept (D3 scales and path, React draws),
 * with optional reference lines (e.g. the 2-D maps' recall) labelled at the right.
 */
export function RecallCurve({
  counts,
  recall,
  k,
  references,
}: {
  counts: readonly number[];
  recall: ArrayLike<number>;
  k: number;
  references: readonly { label: string; value: number }[];
}) {
  const x = scaleLinear()
    .domain([counts[0] ?? 0, counts.at(-1) ?? 1])
    .range([MARGINS.left, WIDTH - MARGINS.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - MARGINS.bottom, MARGINS.top]);
  const path = line<number>()
    .x((_, i) => x(counts[i]))
    .y((value) => y(value))(Array.from(recall));
  const described = counts.map((m, i) => `${m}: ${recall[i].toFixed(2)}`).join(', ');
  return (
    <svg
      className="recall-curve"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={`Mean recall@${k} against the number of PCA components kept: ${described}.`}
      data-testid="recall-curve"
    >
      {y.ticks(5).map((tick) => (
        <g key={tick} transform={`translate(0,${y(tick)})`}>
          <line x1={MARGINS.left} x2={WIDTH - MARGINS.right} className="recall-grid" />
          <text x={MARGINS.left - 5} dy="0.32em" textAnchor="end" className="recall-tick">
            {tick.toFixed(1)}
          </text>
        </g>
      ))}
      {x.ticks(6).map((tick) => (
        <text
          key={tick}
          x={x(tick)}
          y={HEIGHT - MARGINS.bottom + 14}
          textAnchor="middle"
          className="recall-tick"
        >
          {tick}
        </text>
      ))}
      <text
        x={(MARGINS.left + WIDTH - MARGINS.right) / 2}
        y={HEIGHT - 4}
        textAnchor="middle"
        className="recall-axis"
      >
        PCA components kept
      </text>
      {references.map((reference) => (
        <g key={reference.label}>
          <line
            className="recall-reference"
            x1={MARGINS.left}
            x2={WIDTH - MARGINS.right}
            y1={y(reference.value)}
            y2={y(reference.value)}
          />
          <text x={WIDTH - MARGINS.right} y={y(reference.value) - 4} textAnchor="end" className="recall-tick">
            {reference.label} {reference.value.toFixed(2)}
          </text>
        </g>
      ))}
      {path && <path d={path} className="recall-line" />}
    </svg>
  );
}
