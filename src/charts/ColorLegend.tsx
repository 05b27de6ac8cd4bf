import { useId } from 'react';

/** A horizontal gradient bar with its end and middle values. */
export function ColorLegend({
  color,
  min,
  max,
  label,
  format = (v) => v.toFixed(2),
}: {
  color: (value: number) => string;
  min: number;
  max: number;
  label: string;
  format?: (value: number) => string;
}) {
  const id = useId();
  const stops = Array.from({ length: 11 }, (_, i) => min + ((max - min) * i) / 10);
  return (
    <svg
      className="color-legend"
      viewBox="0 0 220 34"
      width="220"
      role="img"
      aria-label={`${label}: from ${format(min)} to ${format(max)}`}
    >
      <defs>
        <linearGradient id={id}>
          {stops.map((value, i) => (
            <stop key={i} offset={`${i * 10}%`} stopColor={color(value)} />
          ))}
        </linearGradient>
      </defs>
      <rect x="10" y="2" width="200" height="12" fill={`url(#${id})`} stroke="#999" strokeWidth="0.5" />
      <text x="10" y="28" textAnchor="start">
        {format(min)}
      </text>
      <text x="110" y="28" textAnchor="middle">
        {format((min + max) / 2)}
      </text>
      <text x="210" y="28" textAnchor="end">
        {format(max)}
      </text>
    </svg>
  );
}
