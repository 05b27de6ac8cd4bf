import type { EngineStatus } from '../embedding/engineStatus';
import type { WorkerError } from '../embedding/protocol';
import { useEngineStore } from '../state/engineStore';

function hostOf(url?: string): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}

function headline(error: WorkerError): string {
  const host = hostOf(error.url);
  switch (error.kind) {
    case 'not-found':
      return `A model file is missing${host ? ` on ${host}` : ''}.`;
    case 'network':
      return `Could not download the model${host ? ` from ${host}` : ''}: you may be offline, or the host is blocked.`;
    case 'stalled':
      return 'The model download stopped: nothing has arrived for a while.';
    case 'bad-model':
      return error.file
        ? `The model file ${error.file} is damaged, even after downloading it again.`
        : 'The model could not be loaded.';
    case 'webgpu':
      return 'WebGPU could not start.';
    default:
      return 'The model could not be loaded.';
  }
}

/** The planned automatic try, as planned (the text does not count down). */
function RetryPlan({ retryInMs }: { retryInMs: number }) {
  return (
    <p data-testid="auto-retry">
      Trying again by itself {Math.round(retryInMs / 1000)} s after this failure, and as soon as your network
      is back.
    </p>
  );
}

/** What went wrong with the model, the file and URL when known, and the ways out. */
export function ModelErrorNotice({ status }: { status: Extract<EngineStatus, { phase: 'error' }> }) {
  const retry = useEngineStore((s) => s.retry);
  const cancel = useEngineStore((s) => s.cancel);
  const clearStored = useEngineStore((s) => s.clearStoredModelAndRetry);
  const retryInMs = useEngineStore((s) => s.retryInMs);
  const { error } = status;
  // A mirror helps only when the download itself failed, not when the GPU or the file did.
  const hostingHint = error.kind === 'network' || error.kind === 'not-found' || error.kind === 'stalled';
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{headline(error)}</strong>
      </p>
      {error.url && (
        <p>
          {error.kind === 'bad-model' ? 'File' : 'Failed request'}: <code>{error.url}</code>
        </p>
      )}
      <p className="muted">{error.message}</p>
      {retryInMs !== undefined && <RetryPlan retryInMs={retryInMs} />}
      <p className="notice-actions">
        {error.kind === 'bad-model' && error.file ? (
          <button type="button" onClick={clearStored}>
            Clear the stored model and retry
          </button>
        ) : (
          <button type="button" onClick={retry}>
            Retry
          </button>
        )}
        {retryInMs !== undefined && (
          <button type="button" className="button-secondary" onClick={cancel}>
            Cancel
          </button>
        )}
      </p>
      {hostingHint && (
        <p className="muted" data-testid="hosting-hint">
          Hint: an instructor can host the model files on the same site or a mirror and open the app with{' '}
          <code>?modelBase=/models</code> (or a full URL) and <code>&amp;model=&lt;id&gt;</code>.
        </p>
      )}
    </div>
  );
}
