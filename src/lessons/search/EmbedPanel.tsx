import { useEffect } from 'react';
import { formatBytes } from '../../components/format';
import { useEngineStore } from '../../state/engineStore';
import {
  DEFAULT_ROWS_TO_EMBED,
  listings,
  precomputedRowsInUse,
  rowsToEmbed,
  useListingsStore,
} from '../../features/listings';
import { describeJob } from './jobText';
import { PrecomputedOffer } from './PrecomputedOffer';

function RowCountControl({ max }: { max: number }) {
  const rows = useListingsStore(rowsToEmbed);
  const { setRowsRequested } = listings;
  const set = (value: number) => {
    if (Number.isFinite(value) && value >= 1) setRowsRequested(Math.min(value, max));
  };
  return (
    <div className="row-count">
      <label htmlFor="rows-to-embed">How many listings to embed</label>
      <input
        id="rows-to-embed"
        type="number"
        min={1}
        max={max}
        value={rows}
        onChange={(e) => set(e.target.valueAsNumber)}
      />
      <input
        type="range"
        min={1}
        max={max}
        value={rows}
        aria-label="How many listings to embed (slider)"
        onChange={(e) => set(e.target.valueAsNumber)}
      />
      <span className="muted">of {max}</span>
    </div>
  );
}

function CacheLine() {
  const cache = useListingsStore((s) => s.cache);
  const { refreshCacheStats: refresh, clearCache } = listings;
  const running = useListingsStore((s) => s.job.phase === 'running');
  useEffect(refresh, [refresh]);
  return (
    <p className="cache-line" data-testid="cache-status">
      {cache.stats ? (
        <>
          Saved in this browser: <strong>{cache.stats.vectors} vectors</strong> (
          {formatBytes(cache.stats.bytes)}). A reload or a second visit takes them from here instead of
          embedding again.{' '}
        </>
      ) : (
        !cache.error && 'Checking the vector cache… '
      )}
      {cache.error && (
        <span className="cache-error">
          Vector cache unavailable: {cache.error}. Embedding works without it; vectors are just not kept for
          the next visit.{' '}
        </span>
      )}
      {!!cache.damaged && (
        <span className="cache-error">
          {cache.damaged} stored {cache.damaged === 1 ? 'vector was' : 'vectors were'} damaged (not a unit
          vector of the right length) and embedded again.{' '}
        </span>
      )}
      <button
        type="button"
        className="button-secondary"
        onClick={() => void clearCache()}
        disabled={running || !cache.stats?.vectors}
      >
        Clear cache
      </button>
    </p>
  );
}

/** Step 2: turn the listings into vectors, in the worker, with progress and a cache. */
export function EmbedPanel() {
  const dataset = useListingsStore((s) => s.dataset);
  const rows = useListingsStore(rowsToEmbed);
  const job = useListingsStore((s) => s.job);
  const start = () => void listings.startEmbedding();
  const cancel = listings.cancelEmbedding;
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  const precomputed = useListingsStore(precomputedRowsInUse);
  const running = job.phase === 'running';
  const held = useListingsStore((s) => s.autoStartHeld);
  const done = job.phase === 'idle' ? precomputed : job.fromCache + job.embedded;
  const idleText = precomputed
    ? `${precomputed} / ${precomputed} rows · precomputed, 0 embedded in this browser`
    : `0 / ${rows} rows · not started`;

  return (
    <section aria-labelledby="embed-heading" className="search-step">
      <h2 id="embed-heading">2. Embed the descriptions</h2>
      <p>
        The workshop notebook embedded the first {DEFAULT_ROWS_TO_EMBED} descriptions to save time. Here the
        model runs in a background worker, in batches of texts of similar length, so little work is wasted on
        padding. You can search while it works: results cover the rows embedded so far.
      </p>
      {dataset && <RowCountControl max={dataset.listings.length} />}
      <p className="embed-buttons">
        {running ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={start} disabled={!dataset || !ready}>
            {ready ? `Embed ${rows} listings` : 'Waiting for the model…'}
          </button>
        )}
      </p>
      {held !== undefined && job.phase === 'idle' && (
        <p className="notice" role="status" data-testid="auto-start-held">
          The link asks for {held} listings. That takes a while, so it starts when you press Embed.
        </p>
      )}
      <PrecomputedOffer />
      <div className="embed-progress">
        <progress
          max={Math.max(1, job.phase === 'idle' ? rows : job.total)}
          value={done}
          aria-label="Embedding progress"
        />
        <p data-testid="embed-progress" aria-live="polite">
          {job.phase === 'idle' ? idleText : describeJob(job)}
        </p>
        {job.phase === 'failed' && (
          <p className="notice notice-error" role="alert">
            Embedding stopped: {job.message}. The rows embedded before that are kept; press Embed to try the
            rest again.
          </p>
        )}
      </div>
      <CacheLine />
    </section>
  );
}
