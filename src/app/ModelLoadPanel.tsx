import type { EngineStatus } from '../embedding/engineStatus';
import { useEngineStore } from '../state/engineStore';
import { formatBytes } from '../components/format';
import { LESSONS } from './lessons';
import { ModelErrorNotice } from './ModelErrorNotice';

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

/** On a lesson that needs the model while there is none: what works meanwhile. */
function MeanwhileNotice() {
  const lessons = LESSONS.filter((lesson) => lesson.worksWithoutModel);
  return (
    <div className="notice" data-testid="model-meanwhile">
      <p>
        <strong>This lesson needs the model, so it waits until the model is here.</strong> Meanwhile, these
        lessons work without it:
      </p>
      <ul>
        {lessons.map((lesson) => (
          <li key={lesson.path}>
            <a href={`#${lesson.path}`}>{lesson.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Download progress, "ready" time, load errors and, on model lessons, what works without the model. */
export function ModelLoadPanel({ lessonNeedsModel }: { lessonNeedsModel: boolean }) {
  const status = useEngineStore((s) => s.status);
  const retry = useEngineStore((s) => s.retry);
  const noModel = status.phase === 'error' || (status.phase === 'idle' && status.cancelled);
  return (
    <section className="load-panel" aria-label="Model status" data-testid="model-panel">
      {status.phase === 'idle' && status.cancelled && (
        <div className="notice" role="status">
          <p>
            <strong>Model download cancelled.</strong>
          </p>
          <p>
            <button type="button" onClick={retry}>
              Download the model
            </button>
          </p>
        </div>
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
      {status.phase === 'error' && <ModelErrorNotice status={status} />}
      {noModel && lessonNeedsModel && <MeanwhileNotice />}
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
