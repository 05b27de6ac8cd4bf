import type { ColourBy } from './mapColours';

/** How the dots are coloured, and what is drawn over them (cluster labels, density contours). */
export function MapLayers({
  colourBy,
  onColourBy,
  recallReady,
  clustersReady,
  labels,
  onLabels,
  contours,
  onContours,
}: {
  colourBy: ColourBy;
  onColourBy: (by: ColourBy) => void;
  recallReady: boolean;
  clustersReady: boolean;
  labels: boolean;
  onLabels: (on: boolean) => void;
  contours: boolean;
  onContours: (on: boolean) => void;
}) {
  return (
    <div className="map-layers">
      <label className="field-inline">
        Colour by{' '}
        <select value={colourBy} onChange={(e) => onColourBy(e.target.value as ColourBy)}>
          <option value="title">Job title</option>
          <option value="recall" disabled={!recallReady}>
            Recall@10 of each point{recallReady ? '' : ' (measuring…)'}
          </option>
          <option value="cluster" disabled={!clustersReady}>
            Cluster{clustersReady ? '' : ' (clustering…)'}
          </option>
        </select>
      </label>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={labels}
          disabled={!clustersReady}
          onChange={(e) => onLabels(e.target.checked)}
        />{' '}
        Cluster labels on the map
      </label>
      <label className="field-inline">
        <input type="checkbox" checked={contours} onChange={(e) => onContours(e.target.checked)} /> Density
        contours
      </label>
    </div>
  );
}
