import type { DragMode } from '../../charts/ScatterPlot';

/** What dragging on the map does, and the zoom buttons: the page's controls for its scatter plot. */
export function MapToolbar({
  mode,
  onMode,
  onZoom,
  onReset,
}: {
  mode: DragMode;
  onMode: (mode: DragMode) => void;
  /** Zoom about the plot's centre by this factor. */
  onZoom: (factor: number) => void;
  onReset: () => void;
}) {
  return (
    <div className="scatter-toolbar">
      <fieldset className="scatter-mode">
        <legend className="visually-hidden">What dragging on the map does</legend>
        <label>
          <input type="radio" name="scatter-mode" checked={mode === 'zoom'} onChange={() => onMode('zoom')} />{' '}
          Pan &amp; zoom
        </label>
        <label>
          <input
            type="radio"
            name="scatter-mode"
            checked={mode === 'select'}
            onChange={() => onMode('select')}
          />{' '}
          Select with a box
        </label>
      </fieldset>
      <span className="scatter-buttons">
        <button type="button" aria-label="Zoom in" onClick={() => onZoom(1.5)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => onZoom(1 / 1.5)}>
          −
        </button>
        <button type="button" onClick={onReset}>
          Reset view
        </button>
      </span>
    </div>
  );
}

export function MapHint({ mode }: { mode: DragMode }) {
  return (
    <p className="scatter-hint muted">
      {mode === 'zoom'
        ? 'Hover or tap a dot to read it; click to pin it. Drag to pan; Ctrl + scroll or pinch with two fingers to zoom.'
        : 'Drag a box over the dots to select them; click outside the box to clear it.'}
    </p>
  );
}
