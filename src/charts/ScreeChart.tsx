import { scaleBand, scaleLinear } from 'd3';
import './ScreeChart.css';

const WIDTH = 380;
const HEIGHT = 210;
const MARGINS = { top: 34, right: 6, bottom: 26, left: 38 };

/** Percent without the sign (the axis has it), short enough to sit above a narrow bar. */
const barLabel = (ratio: number) => (ratio * 100).toFixed(ratio >= 0.01 ? 1 : 2);

/**
 * Explained-variance ratio of each component as bars (the first `shown` highlighted: the map's
 * axes), with a dashed line at 1 / dims: what every direction would hold if the spread were even.
 */
export function ScreeChart({
  ratios,
  dims,
  percent,
  shown = 2,
}: {
  ratios: ArrayLike<number>;
  dims: number;
  /** Formats a ratio as a percentage, the same way the page's text does. */
  percent: (ratio: number) => string;
  shown?: number;
}) {
  const values = Array.from(ratios);
  const even = 1 / dims;
  const x = scaleBand<number>()
    .domain(values.map((_, i) => i))
    .range([MARGINS.left, WIDTH - MARGINS.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(even, ...values) * 1.15])
    .range([HEIGHT - MARGINS.bottom, MARGINS.top])
    .nice();
  const label = `Scree chart: share of the variance along each of the first ${values.length} principal components: ${values
    .map((v, i) => `PC${i + 1} ${percent(v)}`)
    .join(', ')}. An even spread over all ${dims} directions would give each ${percent(even)}.`;
  return (
    <svg
      className="scree"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={label}
      data-testid="scree-chart"
    >
      {y.ticks(4).map((tick) => (
        <g key={tick} transform={`translate(0,${y(tick)})`}>
          <line x1={MARGINS.left} x2={WIDTH - MARGINS.right} className="scree-grid" />
          <text x={MARGINS.left - 5} dy="0.32em" textAnchor="end" className="scree-tick">
            {`${+(tick * 100).toFixed(2)}%`}
          </text>
        </g>
      ))}
      {values.map((value, i) => (
        <g key={i}>
          <rect
            className={i < shown ? 'scree-bar scree-bar-shown' : 'scree-bar'}
            x={x(i)}
            y={y(value)}
            width={x.bandwidth()}
            height={y(0) - y(value)}
          />
          <text x={x(i)! + x.bandwidth() / 2} y={y(value) - 4} textAnchor="middle" className="scree-value">
            {barLabel(value)}
          </text>
          <text
            x={x(i)! + x.bandwidth() / 2}
            y={HEIGHT - MARGINS.bottom + 14}
            textAnchor="middle"
            className="scree-tick"
          >
            PC{i + 1}
          </text>
        </g>
      ))}
      <line className="scree-even" x1={MARGINS.left} x2={WIDTH - MARGINS.right} y1={y(even)} y2={y(even)} />
      <g transform={`translate(${MARGINS.left},12)`}>
        <line className="scree-even" x1={0} x2={22} y1={-4} y2={-4} />
        <text className="scree-even-label" x={28}>
          even share: 1/{dims} = {percent(even)}
        </text>
      </g>
    </svg>
  );
}
