import { scaleLinear } from 'd3';

export interface CosineBar {
  label: string;
  detail: string;
  value: number;
  testId: string;
}

/** Horizontal bars for a few cosines on one shared scale, zero marked. Text carries every number. */
export function CosineBars({ bars, label }: { bars: readonly CosineBar[]; label: string }) {
  const low = Math.min(0, ...bars.map((b) => b.value));
  const x = scaleLinear().domain([low, 1]).range([0, 100]);
  return (
    <ul className="cosine-bars" aria-label={label}>
      {bars.map((bar) => {
        const [from, to] = [x(Math.min(0, bar.value)), x(Math.max(0, bar.value))];
        return (
          <li key={bar.testId}>
            <span className="cosine-bar-label">
              <strong>{bar.label}</strong> <span className="muted">{bar.detail}</span>
            </span>
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" className="cosine-bar">
              <rect x={0} width={100} y={1} height={8} className="cosine-bar-track" />
              <rect x={from} width={to - from} y={1} height={8} />
              <line x1={x(0)} x2={x(0)} y1={0} y2={10} />
            </svg>
            <code data-testid={bar.testId}>{bar.value.toFixed(3)}</code>
          </li>
        );
      })}
    </ul>
  );
}
