import type { MapRow } from './mapRow';
import { titleOf } from './rowText';

/** Details of the pinned listing: what it is, where it sits, and its true nearest neighbours. */
export function PinnedCard({
  rows,
  where,
  pinned,
  neighbours,
  onPin,
}: {
  rows: readonly MapRow[];
  /** Where it sits on the map shown, in words. */
  where: string;
  pinned: number;
  /** Its nearest listings in the full space, when known. */
  neighbours: ArrayLike<number> | null;
  onPin: (i: number | null) => void;
}) {
  const row = rows[pinned];
  return (
    <section className="pinned-card" aria-label="Pinned listing" data-testid="pinned-card">
      <header>
        <h3>{titleOf(row)}</h3>
        <button type="button" className="button-quiet" onClick={() => onPin(null)}>
          Unpin
        </button>
      </header>
      <p className="muted">
        Row {row.index} · {where}
      </p>
      {neighbours && (
        <div>
          <p>Its {neighbours.length} nearest listings in the full space (the dashed lines):</p>
          <ol className="neighbour-list">
            {Array.from(neighbours, (j) => (
              <li key={j}>
                <button type="button" className="link-button" onClick={() => onPin(j)}>
                  {titleOf(rows[j])}
                </button>{' '}
                <span className="muted">(row {rows[j].index})</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <p className="pinned-text">{row.text}</p>
    </section>
  );
}
