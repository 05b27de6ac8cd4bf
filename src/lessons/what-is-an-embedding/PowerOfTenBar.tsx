import { scaleLinear } from 'd3';
import { superscript } from '../../components/superscript';

const WIDTH = 400;
const HEIGHT = 64;
const LEFT = 16;
const RIGHT = 22;

export interface PowerOfTenBarProps {
  /** log10 of the value drawn, e.g. N·log10(2) for 2^N. */
  exponent: number;
  maxExponent: number;
  marker: { exponent: number; label: string };
}

/** A bar for the size of a huge number, measured in powers of ten, with one reference mark. */
export function PowerOfTenBar({ exponent, maxExponent, marker }: PowerOfTenBarProps) {
  const x = scaleLinear()
    .domain([0, maxExponent])
    .range([LEFT, WIDTH - RIGHT]);
  const ticks = x.ticks(6);
  return (
    <svg
      className="intro-power-bar"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`About 10 to the power ${Math.floor(exponent)}, on a scale up to 10 to the power ${maxExponent}; ${marker.label} is marked at 10 to the power ${marker.exponent}.`}
    >
      <rect x={x(0)} y={22} width={WIDTH - LEFT - RIGHT} height={14} className="intro-power-track" />
      <rect x={x(0)} y={22} width={x(exponent) - x(0)} height={14} className="intro-power-fill" />
      <line x1={x(marker.exponent)} x2={x(marker.exponent)} y1={16} y2={42} className="intro-power-marker" />
      <text x={x(marker.exponent)} y={12} textAnchor="middle" className="intro-power-marker-label">
        {marker.label}
      </text>
      {ticks.map((t) => (
        <text key={t} x={x(t)} y={58} textAnchor="middle" className="intro-power-tick">
          10{superscript(t)}
        </text>
      ))}
    </svg>
  );
}
