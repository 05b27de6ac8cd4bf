import { useMemo } from 'react';
import { downloadBlob, downloadJson } from '../../components/download';
import { fileStem, metadataCsv, vectorsJson, vectorsNpy, type ExportRows } from '../../data/exportFiles';
import {
  comparableVectors,
  embeddedPositions,
  embeddedVectors,
  useListingsStore,
} from '../../features/listings';

/** Step 4: take the vectors to Python. */
export function ExportPanel() {
  const dataset = useListingsStore((s) => s.dataset);
  // Exports embed no query: the one provenance rule only asks that the vectors be this dataset's.
  const stored = useListingsStore((s) => s.vectors);
  const usable = comparableVectors({ dataset, vectors: stored }, undefined);
  const vectors = usable.ok ? usable.vectors : undefined;
  const rows = useMemo((): ExportRows | undefined => {
    if (!dataset || !vectors) return undefined;
    const positions = embeddedPositions(vectors);
    return {
      listings: positions.map((i) => dataset.listings[i]),
      vectors: embeddedVectors(vectors, positions),
      dims: vectors.dims,
    };
  }, [dataset, vectors]);
  const stem = fileStem(dataset?.name ?? 'listings');
  const npyName = `${stem}-vectors.npy`;
  const csvName = `${stem}-metadata.csv`;

  return (
    <section aria-labelledby="export-heading" className="search-step">
      <h2 id="export-heading">4. Take the vectors with you</h2>
      <p>
        Download the vectors to keep working in Python: as a NumPy array (<code>.npy</code>, float32) with a
        small CSV saying which listing each row is, or everything in one JSON file.
        {vectors &&
          rows &&
          vectors.embeddedCount < vectors.rowCount &&
          ` Only the ${rows.listings.length} rows embedded so far are included.`}
      </p>
      <p className="export-buttons">
        <button
          type="button"
          disabled={!rows}
          onClick={() =>
            rows && downloadBlob(npyName, new Blob([vectorsNpy(rows)], { type: 'application/octet-stream' }))
          }
        >
          Export .npy
        </button>
        <button
          type="button"
          disabled={!rows}
          onClick={() =>
            rows && downloadBlob(csvName, new Blob([metadataCsv(rows.listings)], { type: 'text/csv' }))
          }
        >
          Export metadata CSV
        </button>
        <button
          type="button"
          disabled={!rows}
          onClick={() =>
            rows && vectors && downloadJson(`${stem}-vectors.json`, vectorsJson(vectors.provenance, rows))
          }
        >
          Export JSON
        </button>
      </p>
      {/* A <pre> has no role that takes a name; the sentence below says what the code does. */}
      <pre className="python-snippet">
        <code>
          {`vectors = np.load("${npyName}")\n`}
          {`meta = pd.read_csv("${csvName}")`}
        </code>
      </pre>
      <p className="muted">
        After <code>import numpy as np</code> and <code>import pandas as pd</code>, <code>vectors</code> has
        shape ({rows?.listings.length ?? 'rows'}, {vectors?.dims ?? 384}) and <code>meta.iloc[i]</code>{' '}
        (index, title) describes <code>vectors[i]</code>. <code>vectors @ vectors[0]</code> then gives every
        row’s cosine with the first one.
      </p>
    </section>
  );
}
