import { useState, type DragEvent } from 'react';
import { columnName } from '../../data/columns';
import { describeSkipped } from '../../data/listings';
import { MAX_CSV_BYTES } from '../../data/csvBytes';
import { listings, useListingsStore } from '../../features/listings';
import { ColumnPicker } from './ColumnPicker';
import { DatasetErrorNotice } from './DatasetErrorNotice';
import { describeLoad, describeSource } from './datasetText';

/** Step 1: which listings to search. Built-in sample, the workshop's full CSV, or your own. */
export function DatasetPanel() {
  const dataset = useListingsStore((s) => s.dataset);
  const load = useListingsStore((s) => s.load);
  const loadError = useListingsStore((s) => s.loadError);
  const { loadDataset, cancelLoad, dismissLoadError, setColumns } = listings;
  const retryRequest = loadError?.request;
  const [dragging, setDragging] = useState(false);

  const loadFile = (file: File | undefined) => {
    if (file) void loadDataset({ kind: 'file', file });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    loadFile(event.dataTransfer.files[0]);
  };
  const loading = load.phase === 'loading';
  const summary = dataset ? `“${dataset.name}” (${dataset.listings.length} listings)` : undefined;
  const skipped = dataset ? describeSkipped(dataset.skipped, dataset.header, dataset.columns) : '';

  return (
    <section
      aria-labelledby="dataset-heading"
      className={`search-step dataset-panel${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="dataset-heading">1. The listings</h2>
      <div data-testid="dataset-status" className="dataset-status">
        <p role="status">
          {dataset ? (
            <>
              <strong>{dataset.listings.length} listings loaded</strong> from “{dataset.name}” (
              {describeSource(dataset.source)}). Embedding the column “
              {columnName(dataset.header, dataset.columns.text)}”.
              {skipped && <> {skipped}.</>}
            </>
          ) : loading ? (
            'Loading the listings…'
          ) : (
            'No listings loaded yet.'
          )}
        </p>
        {loadError && (
          <DatasetErrorNotice
            name={loadError.name}
            error={loadError.error}
            stillLoaded={summary}
            onDismiss={dismissLoadError}
            onRetry={retryRequest && (() => void loadDataset(retryRequest))}
          />
        )}
      </div>

      <div className="source-buttons">
        <button
          type="button"
          className="button-secondary"
          disabled={loading}
          onClick={() => void loadDataset({ kind: 'bundled' })}
        >
          Built-in sample
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={loading}
          onClick={() => void loadDataset({ kind: 'full' })}
        >
          Full workshop dataset (≈2,300 listings, download)
        </button>
        <label className={`file-button${loading ? ' disabled' : ''}`}>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            className="visually-hidden"
            disabled={loading}
            onChange={(e) => {
              loadFile(e.target.files?.[0]);
              e.target.value = ''; // choosing the same file again reloads it
            }}
          />
          Choose a CSV file…
        </label>
      </div>
      <p className="muted drop-hint">
        Or drop a CSV file anywhere on this box (UTF-8, up to {MAX_CSV_BYTES / 1024 / 1024} MB). Your file
        stays in this browser.
      </p>

      {load.phase === 'loading' && (
        <div className="load-progress">
          <label>
            <span>{describeLoad(load)}</span>
            <progress max={1} value={load.fraction} />
          </label>
          <button type="button" className="button-secondary" onClick={cancelLoad}>
            Stop
          </button>
        </div>
      )}

      {dataset && (
        <details className="column-details">
          <summary>Columns: embedding “{columnName(dataset.header, dataset.columns.text)}”</summary>
          <ColumnPicker header={dataset.header} columns={dataset.columns} onChange={setColumns} />
          <p className="muted">
            Instructors: add <code>?dataset=</code> and the address of a CSV to this page’s link to open
            everyone’s copy with your data, and <code>&amp;rows=</code> to embed that many rows straight away.
          </p>
        </details>
      )}
    </section>
  );
}
