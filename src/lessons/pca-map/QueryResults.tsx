import type { MapRow } from './mapRow';
import type { Method } from './ProjectionSwitch';
import { formatSigned } from './numbers';
import { titleOf } from './rowText';
import type { QueryPlacement } from './useQueryPlacement';

/** Where the query landed, and its nearest listings by cosine similarity in the full space. */
export function QueryResults({
  rows,
  placement,
  shownAt,
  method,
  onPin,
}: {
  rows: readonly MapRow[];
  placement: QueryPlacement;
  /** Where the marker is on the map shown. */
  shownAt: [number, number] | null;
  method: Method;
  onPin: (i: number) => void;
}) {
  if (placement.state === 'empty')
    return <p className="muted">Type a query to see where it lands among the listings.</p>;
  if (placement.state === 'waiting') return <p className="muted">Embedding the query…</p>;
  if (placement.state === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        Could not place the query: {placement.message}
      </p>
    );
  }
  const [pc1, pc2] = placement.at;
  const [x, y] = shownAt ?? placement.at;
  const k = placement.top.length;
  return (
    <div className={placement.stale ? 'stale' : undefined} aria-busy={placement.stale}>
      <p
        data-testid="query-marker"
        data-pc1={String(pc1)}
        data-pc2={String(pc2)}
        data-method={method}
        data-x={String(x)}
        data-y={String(y)}
      >
        {method === 'pca'
          ? `“${placement.query}” lands at PC1 ${formatSigned(pc1)}, PC2 ${formatSigned(pc2)}: the ⊕ marker on the map.`
          : `“${placement.query}” is drawn at UMAP ${formatSigned(x)}, ${formatSigned(y)}: the ⊕ marker on the map. UMAP cannot place a new point exactly, so the marker sits at the weighted mean of the positions of its ${k} nearest listings (weighted by cosine similarity).`}{' '}
        Its {k} nearest listings by cosine similarity in all dimensions are ringed:
      </p>
      <ol className="query-results" data-testid="query-results">
        {Array.from(placement.top, (i, rank) => (
          <li key={i} data-index={rows[i].index}>
            <button type="button" className="link-button" onClick={() => onPin(i)}>
              {titleOf(rows[i])}
            </button>{' '}
            <span className="muted">
              (row {rows[i].index}, cosine {placement.scores[rank].toFixed(3)})
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
