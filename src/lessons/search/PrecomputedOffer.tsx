import {
  listings,
  precomputedRowsInUse,
  precomputedSource,
  useListingsStore,
  usePrecomputedOffer,
} from '../../features/listings';

/**
 * "Instant mode": when a teacher ran `npm run precompute` for this dataset and model, the class
 * can take those vectors instead of embedding. Mismatches are explained, never silently used.
 */
export function PrecomputedOffer() {
  const offer = usePrecomputedOffer();
  const inUse = useListingsStore(precomputedRowsInUse) > 0;
  const applying = useListingsStore((s) => s.precomputedFetch);

  if (offer.phase === 'checking') return null;
  if (offer.phase === 'unavailable') {
    if (!offer.chosen) return null; // the default location is optional: most deployments have none
    return (
      <p className="notice notice-warn" data-testid="precomputed-offer">
        No precomputed vectors: <code>{precomputedSource.setting.url}</code> was asked for, but {offer.reason}
        . Embed the listings yourself below.
      </p>
    );
  }
  if (offer.kind === 'none') return null;
  const { entry } = offer;
  if (offer.kind === 'mismatch') {
    return (
      <div className="notice notice-warn" data-testid="precomputed-offer">
        <p>
          Precomputed vectors were found ({entry.rows} rows of {entry.dataset}, {entry.modelId}, {entry.dtype}
          ), but they are not used: {offer.reasons.join('; ')}. Mixing them with this page’s vectors would
          give wrong similarities, so embed the listings yourself.
        </p>
      </div>
    );
  }

  const use = () => void listings.takePrecomputed(offer);

  return (
    <div className="notice precomputed-offer" data-testid="precomputed-offer">
      {inUse ? (
        <p role="status">
          Using precomputed vectors for the first {offer.rows} listings: none were embedded in this browser.
          Press Embed to compute them here and compare.
        </p>
      ) : (
        <p>
          Short on time? Vectors for the first {offer.rows} listings were computed ahead of time on a computer
          instead of in a browser; the file says with the same model ({entry.modelId}, {entry.dtype}). Before
          they are used, a few rows picked at random are embedded here and compared with the file.
        </p>
      )}
      {offer.note && <p>{offer.note}</p>}
      {!inUse && (
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={use}
            disabled={applying.phase === 'fetching' || applying.phase === 'checking'}
          >
            {applying.phase === 'fetching'
              ? 'Fetching vectors…'
              : applying.phase === 'checking'
                ? 'Checking a few rows against the model…'
                : 'Use precomputed vectors (instant)'}
          </button>
        </p>
      )}
      {applying.phase === 'failed' && (
        <p className="notice-error" role="alert">
          The precomputed vectors could not be used: {applying.message}.
        </p>
      )}
    </div>
  );
}
