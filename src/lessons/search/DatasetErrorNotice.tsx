import type { DatasetError } from '../../data/datasetError';

/** A failed load: what was wrong, where, what to do, and what is still loaded. */
export function DatasetErrorNotice({
  name,
  error,
  stillLoaded,
  onDismiss,
  onRetry,
}: {
  name: string;
  error: DatasetError;
  stillLoaded?: string;
  onDismiss: () => void;
  /** Offered for downloads, which may work on a second try. */
  onRetry?: () => void;
}) {
  const whereIsUrl = error.kind === 'network' || error.kind === 'http' || error.kind === 'stalled';
  return (
    <div className="notice notice-error" role="alert" data-testid="dataset-error">
      <p>
        <strong>Could not load “{name}”.</strong> {error.problem}
      </p>
      {error.where && (
        <p>
          {whereIsUrl ? (
            <>
              Address: <code>{error.where}</code>
            </>
          ) : (
            error.where
          )}
        </p>
      )}
      <p>What to do: {error.advice}</p>
      {stillLoaded && <p>Still loaded, unchanged: {stillLoaded}.</p>}
      <p>
        {whereIsUrl && onRetry && (
          <>
            <button type="button" onClick={onRetry}>
              Retry
            </button>{' '}
          </>
        )}
        <button type="button" className="button-secondary" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
