import { memo, useId } from 'react';
import { countByLabel } from '../../math/categories';
import type { MapRow } from './mapRow';
import { formatSigned } from './numbers';
import { titleOf } from './rowText';

/** Listings shown by name in a list; the rest are counted (the CSV export has them all). */
const LIST_LIMIT = 200;

/** Titles of the points inside the brushed box, with how many of each. */
export const BoxSelection = memo(function BoxSelection({
  rows,
  indices,
}: {
  rows: readonly MapRow[];
  indices: Int32Array | null;
}) {
  if (!indices)
    return (
      <p className="muted">
        Choose “Select with a box” above the map and drag over some dots to list their titles here.
      </p>
    );
  const counts = countByLabel(rows.map(titleOf), indices);
  return (
    <div data-testid="box-selection" data-count={indices.length}>
      <p>
        <strong>{indices.length}</strong> {indices.length === 1 ? 'listing' : 'listings'} in the box, by
        title:
      </p>
      <ul className="title-counts">
        {counts.map(({ label, count }) => (
          <li key={label} data-title={label} data-count={count}>
            <span>{label}</span> <span className="count">{count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The notebook's `job_titles[reduced[:, 1] > t]`: every listing whose PC2 is above a threshold. */
export const ThresholdPanel = memo(function ThresholdPanel({
  rows,
  coords,
  threshold,
  onThreshold,
  matches,
  extent,
}: {
  rows: readonly MapRow[];
  coords: Float64Array;
  threshold: number;
  onThreshold: (t: number) => void;
  matches: Int32Array;
  extent: [number, number];
}) {
  const id = useId();
  const step = (extent[1] - extent[0]) / 200 || 0.01;
  const set = (value: number) => {
    if (Number.isFinite(value)) onThreshold(value);
  };
  return (
    <div className="threshold-panel">
      <div className="threshold-controls">
        <label htmlFor={`${id}-number`}>
          PC2 greater than <var>t</var> =
        </label>
        <input
          id={`${id}-number`}
          type="number"
          step={0.01}
          value={threshold}
          onChange={(e) => set(e.target.valueAsNumber)}
        />
        <input
          type="range"
          aria-label="Threshold t (slider)"
          min={extent[0]}
          max={extent[1]}
          step={step}
          value={Math.min(Math.max(threshold, extent[0]), extent[1])}
          onChange={(e) => set(e.target.valueAsNumber)}
        />
      </div>
      <p data-testid="threshold-count">
        <strong>{matches.length}</strong> of {rows.length} listings have PC2 &gt; {threshold}.
      </p>
      <ol
        className="threshold-list"
        data-testid="threshold-list"
        aria-label={`Listings with PC2 greater than ${threshold}`}
      >
        {Array.from(matches.subarray(0, LIST_LIMIT), (i) => (
          <li key={i} data-index={rows[i].index}>
            {titleOf(rows[i])}{' '}
            <span className="muted">
              (row {rows[i].index}, PC2 {formatSigned(coords[i * 2 + 1])})
            </span>
          </li>
        ))}
      </ol>
      {matches.length > LIST_LIMIT && (
        <p className="muted">
          …and {matches.length - LIST_LIMIT} more; “Export coordinates (CSV)” has every row.
        </p>
      )}
    </div>
  );
});
