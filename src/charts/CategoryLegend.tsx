import './CategoryLegend.css';

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
  /** The category this entry toggles; its position in the list when left out. */
  code?: number;
}

/** Legend whose entries are toggle buttons: pressed = shown on the chart. */
export function CategoryLegend({
  entries,
  hidden,
  onToggle,
  label,
}: {
  entries: readonly LegendEntry[];
  hidden: ReadonlySet<number>;
  onToggle: (entry: number) => void;
  label: string;
}) {
  return (
    <ul className="category-legend" aria-label={label}>
      {entries.map((entry, i) => (
        <li key={entry.label}>
          <button
            type="button"
            aria-pressed={!hidden.has(entry.code ?? i)}
            onClick={() => onToggle(entry.code ?? i)}
          >
            <span className="category-swatch" style={{ background: entry.color }} aria-hidden="true" />
            <span className="category-name">{entry.label}</span>
            <span className="category-count">{entry.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
