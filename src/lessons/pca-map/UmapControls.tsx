import { useId } from 'react';
import { formatMs } from '../../components/format';
import type { MapJobProgress } from './mapJobsProtocol';
import type { UmapRun, UmapSettings } from './umapRun';

const PHASES: Record<string, string> = {
  pca: 'reducing to 50 PCA dimensions',
  neighbours: 'finding each listing’s neighbours',
  layout: 'laying out the map',
};

function RunProgress({ progress }: { progress: MapJobProgress | null }) {
  if (!progress) return <>Starting UMAP in a background worker…</>;
  const { phase, done, total, etaMs } = progress;
  return (
    <>
      UMAP in a background worker: {PHASES[phase] ?? phase}, {Math.round((100 * done) / Math.max(1, total))}%
      {etaMs !== null ? `; about ${formatMs(etaMs)} left in all` : ''}.{' '}
      <progress max={total} value={done} aria-label={`UMAP: ${PHASES[phase] ?? phase}`} />
    </>
  );
}

/** UMAP's two knobs, a run button, and the run's progress with an estimate and Cancel. */
export function UmapControls({
  settings,
  onSettings,
  run,
  onRun,
  onCancel,
}: {
  settings: UmapSettings;
  onSettings: (settings: UmapSettings) => void;
  run: UmapRun;
  onRun: () => void;
  onCancel: () => void;
}) {
  const neighboursId = useId();
  const distId = useId();
  const seedId = useId();
  const running = run.state === 'running';
  return (
    <div className="umap-controls" data-testid="umap-controls" data-state={run.state}>
      <div className="umap-knobs">
        <label className="field" htmlFor={neighboursId}>
          <span>
            Neighbours (<code>n_neighbors</code>): {settings.nNeighbors}
          </span>
          <input
            id={neighboursId}
            type="range"
            min={2}
            max={50}
            value={settings.nNeighbors}
            disabled={running}
            onChange={(e) => onSettings({ ...settings, nNeighbors: Number(e.target.value) })}
          />
          <small className="muted">
            How many nearby listings each point looks at: few keep only tight local groups, many keep more of
            the big picture.
          </small>
        </label>
        <label className="field" htmlFor={distId}>
          <span>
            Minimum distance (<code>min_dist</code>): {settings.minDist.toFixed(2)}
          </span>
          <input
            id={distId}
            type="range"
            min={0}
            max={0.99}
            step={0.01}
            value={settings.minDist}
            disabled={running}
            onChange={(e) => onSettings({ ...settings, minDist: Number(e.target.value) })}
          />
          <small className="muted">
            How tightly points may pack together: small values give dense clumps, large values spread them
            evenly.
          </small>
        </label>
        <label className="field" htmlFor={seedId}>
          <span>Seed</span>
          <input
            id={seedId}
            type="number"
            min={0}
            step={1}
            value={settings.seed}
            disabled={running}
            onChange={(e) =>
              onSettings({ ...settings, seed: Math.max(0, Math.floor(Number(e.target.value))) })
            }
          />
          <small className="muted">
            UMAP starts from random positions: the same seed gives the same map.
          </small>
        </label>
      </div>
      {run.state === 'running' ? (
        <p role="status" className="umap-progress">
          <RunProgress progress={run.progress} />{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </p>
      ) : (
        <p>
          <button type="button" onClick={onRun}>
            {run.state === 'done' ? 'Run UMAP again with these settings' : 'Run UMAP'}
          </button>{' '}
          {run.state === 'cancelled' && (
            <span role="status">UMAP was cancelled; the map shown did not change.</span>
          )}
          {run.state === 'failed' && (
            <span role="alert" className="notice-error">
              UMAP failed: {run.message}
            </span>
          )}
          {run.state === 'done' && (
            <span className="muted" data-testid="umap-done">
              UMAP with {run.settings.nNeighbors} neighbours and minimum distance{' '}
              {run.settings.minDist.toFixed(2)} took {formatMs(run.ms)}.
              {run.reducedTo !== null &&
                ` The vectors were first reduced to ${run.reducedTo} PCA dimensions, the usual practice for large sets: it makes the neighbour search much faster and changes little.`}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
