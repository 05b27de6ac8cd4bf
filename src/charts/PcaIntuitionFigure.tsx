import { scaleLinear } from 'd3';
import './PcaIntuitionFigure.css';

const SIZE = 320;
const PAD = 16;
const LIMIT = 3.2;

export interface PcaIntuitionFigureProps {
  /** Row-major [n, 2] points. */
  points: Float64Array;
  /** Row-major [n, 2]: each point's projection onto the first principal direction. */
  projections: Float64Array;
  mean: ArrayLike<number>;
  /** Unit first principal direction. */
  direction: ArrayLike<number>;
  label: string;
}

/** Points around a line, the first principal direction through their mean, and each point's projection onto it. */
export function PcaIntuitionFigure({ points, projections, mean, direction, label }: PcaIntuitionFigureProps) {
  const x = scaleLinear()
    .domain([-LIMIT, LIMIT])
    .range([PAD, SIZE - PAD]);
  const y = scaleLinear()
    .domain([-LIMIT, LIMIT])
    .range([SIZE - PAD, PAD]);
  const n = points.length / 2;
  const reach = 2 * LIMIT;
  const [mx, my] = [mean[0], mean[1]];
  const [ux, uy] = [direction[0], direction[1]];
  return (
    <svg className="pca-intuition" viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" role="img" aria-label={label}>
      <defs>
        <clipPath id="pca-intuition-clip">
          <rect x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} />
        </clipPath>
      </defs>
      <rect className="pca-intuition-frame" x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} />
      <line className="pca-intuition-axis" x1={x(-LIMIT)} x2={x(LIMIT)} y1={y(0)} y2={y(0)} />
      <line className="pca-intuition-axis" x1={x(0)} x2={x(0)} y1={y(-LIMIT)} y2={y(LIMIT)} />
      <g clipPath="url(#pca-intuition-clip)">
        {Array.from({ length: n }, (_, i) => (
          <line
            key={`p${i}`}
            className="pca-intuition-drop"
            x1={x(points[i * 2])}
            y1={y(points[i * 2 + 1])}
            x2={x(projections[i * 2])}
            y2={y(projections[i * 2 + 1])}
          />
        ))}
        <line
          className="pca-intuition-pc1"
          x1={x(mx - reach * ux)}
          y1={y(my - reach * uy)}
          x2={x(mx + reach * ux)}
          y2={y(my + reach * uy)}
        />
        {Array.from({ length: n }, (_, i) => (
          <circle
            key={`q${i}`}
            className="pca-intuition-shadow"
            cx={x(projections[i * 2])}
            cy={y(projections[i * 2 + 1])}
            r={2.5}
          />
        ))}
        {Array.from({ length: n }, (_, i) => (
          <circle
            key={`d${i}`}
            className="pca-intuition-point"
            cx={x(points[i * 2])}
            cy={y(points[i * 2 + 1])}
            r={3.5}
          />
        ))}
      </g>
      <text className="pca-intuition-label" x={x(mx + 2.6 * ux)} y={y(my + 2.6 * uy) - 8} textAnchor="middle">
        PC1
      </text>
    </svg>
  );
}
