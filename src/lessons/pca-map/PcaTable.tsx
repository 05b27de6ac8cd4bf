import { memo, useMemo, useState } from 'react';
import type { MapRow } from './mapRow';
import { formatSigned } from './numbers';
import { titleOf } from './rowText';
import { tableOrder, type Sort, type SortKey } from './tableOrder';

const PAGE = 100;

/** The map as a sortable table: every point, for keyboards, screen readers and exact values. */
export const PcaTable = memo(function PcaTable({
  rows,
  coords,
  axisNames,
  onPin,
}: {
  rows: readonly MapRow[];
  /** Row-major [n, 2] positions on the map as shown. */
  coords: Float64Array;
  /** What the two coordinates are called (PC1, PC2 or UMAP 1, UMAP 2). */
  axisNames: [string, string];
  onPin: (i: number) => void;
}) {
  const columns: { key: SortKey; label: string }[] = [
    { key: 'row', label: 'Row' },
    { key: 'title', label: 'Title' },
    { key: 'x', label: axisNames[0] },
    { key: 'y', label: axisNames[1] },
  ];
  const [open, setOpen] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'row', descending: false });
  const [shown, setShown] = useState(PAGE);
  const titles = useMemo(() => rows.map(titleOf), [rows]);
  const order = useMemo(
    () => (open ? tableOrder(titles, coords, sort) : new Int32Array(0)),
    [open, titles, coords, sort],
  );
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  return (
    <details className="pca-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Table view: all {rows.length.toLocaleString('en')} points</summary>
      {open && (
        <>
          <table data-testid="pca-table">
            <caption>
              {rows.length.toLocaleString('en')} listings with their map coordinates. Choose a column heading
              to sort; choose a title to pin it on the map.
            </caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={
                      sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                    }
                  >
                    <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                      {column.label}
                      <span aria-hidden="true">
                        {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from(order.subarray(0, shown), (i) => (
                <tr key={i}>
                  <td>{rows[i].index}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onPin(i)}>
                      {titles[i]}
                    </button>
                  </td>
                  <td className="number">{formatSigned(coords[i * 2], 4)}</td>
                  <td className="number">{formatSigned(coords[i * 2 + 1], 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown < rows.length && (
            <p>
              <button type="button" onClick={() => setShown((n) => n + PAGE)}>
                Show {Math.min(PAGE, rows.length - shown)} more rows
              </button>{' '}
              <span className="muted">
                {shown} of {rows.length.toLocaleString('en')} shown
              </span>
            </p>
          )}
        </>
      )}
    </details>
  );
});
