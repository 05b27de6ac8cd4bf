import type { MapRow } from './mapRow';
import { BoxSelection, ThresholdPanel } from './SelectionPanels';

export type Highlight = 'none' | 'box' | 'threshold';

/** The selections below the map: what the brushed box holds, and the notebook's "PC2 > t" filter. */
export function SelectAndCompare({
  rows,
  pcaCoords,
  highlight,
  onHighlight,
  box,
  threshold,
  onThreshold,
  matches,
  pc2Extent,
}: {
  rows: readonly MapRow[];
  pcaCoords: Float64Array;
  highlight: Highlight;
  onHighlight: (highlight: Highlight) => void;
  box: Int32Array | null;
  threshold: number;
  onThreshold: (t: number) => void;
  matches: Int32Array;
  pc2Extent: [number, number];
}) {
  return (
    <>
      <h3>Select and compare</h3>
      <fieldset className="highlight-choice">
        <legend>Highlight on the map (everything else turns grey)</legend>
        <label>
          <input
            type="radio"
            name="highlight"
            checked={highlight === 'none'}
            onChange={() => onHighlight('none')}
          />{' '}
          Nothing
        </label>
        <label>
          <input
            type="radio"
            name="highlight"
            checked={highlight === 'box'}
            disabled={!box}
            onChange={() => onHighlight('box')}
          />{' '}
          Listings in the box
        </label>
        <label>
          <input
            type="radio"
            name="highlight"
            checked={highlight === 'threshold'}
            onChange={() => onHighlight('threshold')}
          />{' '}
          Listings with PC2 &gt; t
        </label>
      </fieldset>
      <div className="selection-panels">
        <section aria-label="Box selection">
          <h4>In the box</h4>
          <BoxSelection rows={rows} indices={box} />
        </section>
        <section aria-label="PC2 threshold">
          <h4>Above a line</h4>
          <ThresholdPanel
            rows={rows}
            coords={pcaCoords}
            threshold={threshold}
            onThreshold={onThreshold}
            matches={matches}
            extent={pc2Extent}
          />
        </section>
      </div>
    </>
  );
}
