import type { EngineStatus } from '../embedding/engineStatus';
import { useEngineStore } from '../state/engineStore';
import { formatBytes } from '../components/format';

function hostOf(url?: string): string | undefined {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}

function FileBars({ status }: { status: Extract<EngineStatus, { phase: 'loading' }> }) {
  const files = Object.values(status.files);
  if (files.length === 0) return <p>Connecting to the model host…</p>;
  return (
    <ul className="file-bars">
      {files.map((file) => (
        <li key={file.file}>
          <span className="file-name">{file.file}</span>
          <progress max={file.total || 1} value={file.done ? file.total || 1 : Math.max(file.loaded, 0)} />
          <span className="file-bytes">
            {file.done
              ? 'done'
              : `${formatBytes(file.loaded)} / ${file.total ? formatBytes(file.total) : '?'}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ErrorNotice({ status }: { status: Extract<EngineStatus, { phase: 'error' }> }) {
  const retry = useEngineStore((s) => s.retry);
  const { error } = status;
  const host = hostOf(error.url);
  const headline =
    error.kind === 'not-found'
      ? `A model file is missing${host ? ` on ${host}` : ''}.`
      : error.kind === 'network'
        ? `Could not download the model${host ? ` from ${host}` : ''}: you may be offline, or the host is blocked.`
        : error.kind === 'webgpu'
          ? 'WebGPU could not start.'
          : 'The model could not be loaded.';
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{headline}</strong>
      </p>
      {error.url && (
        <p>
          Failed request: <code>{error.url}</code>
        </p>
      )}
      <p className="muted">{error.message}</p>
      <p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </p>
      <p className="muted">
        Hint: an instructor can host the model files on the same site or a mirror and open the app with{' '}
        <code>?modelBase=/models</code> (or a full URL) and <code>&amp;model=&lt;id&gt;</code>.
      </p>
    </div>
  );
}

/** Download progress, "ready" time, fallback notice and load errors. */
export function ModelLoadPanel() {
  const status = useEngineStore((s) => s.status);
  return (
    <section className="load-panel" aria-label="Model status" data-testid="model-panel">
      {status.fallbackReason && (
        <p className="notice notice-warn" role="status" data-testid="fallback-notice">
          {status.fallbackReason}
        </p>
      )}
      {status.phase === 'loading' && (
        <div className="notice">
          <p>
            <strong>Downloading the model</strong> (only on the first visit; your browser keeps it).
          </p>
          <FileBars status={status} />
          {Object.keys(status.files).length > 0 && Object.values(status.files).every((file) => file.done) && (
            <p className="muted">
              All files are here; starting the model and running a first test embedding…
            </p>
          )}
        </div>
      )}
      {status.phase === 'error' && <ErrorNotice status={status} />}
      {status.phase === 'ready' && status.info.fixtureNote && (
        <p className="notice notice-warn" data-testid="fixture-notice">
          <strong>Test model in use:</strong> “{status.info.modelId}” has random weights. Every number is real
          computation, but similar meanings will not land close together. Open the app without{' '}
          <code>?model=</code> and <code>?modelBase=</code> (or build it without <code>VITE_MODEL_ID</code>)
          to use all-MiniLM-L6-v2.
        </p>
      )}
      {status.phase === 'ready' && (
        <p className="ready-line" data-testid="ready-line">
          Model ready in {(status.readyInMs / 1000).toFixed(1)} s · {status.info.dims} dimensions · up to{' '}
          {status.info.maxTokens} tokens per text
        </p>
      )}
    </section>
  );
}
