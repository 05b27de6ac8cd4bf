import { useCallback, useId, useMemo, useState } from 'react';
import { CategoryLegend } from '../../charts/CategoryLegend';
import { CATEGORY_COLORS, categoryColor } from '../../charts/categoryPalette';
import { ScatterPlot } from '../../charts/ScatterPlot';
import { downloadBlob } from '../../components/download';
import { topCategories } from '../../math/categories';
import { axisExtent, indicesAbove } from '../../math/mapSelection';
import type { PcaModel } from '../../math/pca';
import { coordinatesCsv } from './coordinatesCsv';
import { ExplainedVariance } from './ExplainedVariance';
import type { MapRow } from './mapRow';
import { mapSummary } from './mapSummary';
import { formatPercent, formatSigned } from './numbers';
import type { PcaWorkerClient } from './pcaWorkerClient';
import { PcaTable } from './PcaTable';
import { PinnedCard } from './PinnedCard';
import { QueryResults } from './QueryResults';
import { snippetOf, titleOf } from './rowText';
import { BoxSelection, ThresholdPanel } from './SelectionPanels';
import type { Preservation } from './usePcaAnalysis';
import { useNeighbourLinks } from './useNeighbourLinks';
import { useQueryPlacement } from './useQueryPlacement';

/** How many of the query's nearest listings are ringed. */
const QUERY_K = 10;
/** The notebook's threshold: `job_titles[reduced[:, 1] > 0.2]`. */
const NOTEBOOK_THRESHOLD = 0.2;

type Highlight = 'none' | 'box' | 'threshold';

export interface FittedMapProps {
  rows: readonly MapRow[];
  model: PcaModel;
  coords: Float64Array;
  ms: number;
  preservation: Preservation;
  client: PcaWorkerClient;
  query: string;
}

/** Everything that needs a fitted map: numbers, scatter, selections, query, table, export. */
export function FittedMap({ rows, model, coords, ms, preservation, client, query }: FittedMapProps) {
  const summaryId = useId();
  const count = rows.length;
  const titles = useMemo(() => rows.map(titleOf), [rows]);
  const categories = useMemo(() => topCategories(titles, CATEGORY_COLORS.length), [titles]);
  const named = categories.names.length;
  const colors = useMemo(
    () => Array.from({ length: named + 1 }, (_, code) => categoryColor(code, named)),
    [named],
  );
  const legend = useMemo(() => {
    const entries = categories.names.map((label, code) => ({
      label,
      color: colors[code],
      count: categories.sizes[code],
    }));
    const other = categories.sizes[named];
    return other > 0 ? [...entries, { label: 'Other titles', color: colors[named], count: other }] : entries;
  }, [categories, colors, named]);

  const [hidden, setHidden] = useState<ReadonlySet<number>>(() => new Set());
  const [pinned, setPinned] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [box, setBox] = useState<Int32Array | null>(null);
  const [threshold, setThreshold] = useState(NOTEBOOK_THRESHOLD);
  const [highlight, setHighlight] = useState<Highlight>('none');

  const pc2Extent = useMemo(() => axisExtent(coords, 1), [coords]);
  const matches = useMemo(() => indicesAbove(coords, 1, threshold), [coords, threshold]);
  const highlighted = useMemo(() => {
    const chosen = highlight === 'box' ? box : highlight === 'threshold' ? matches : null;
    if (!chosen) return null;
    const mask = new Uint8Array(count);
    for (const i of chosen) mask[i] = 1;
    return mask;
  }, [highlight, box, matches, count]);

  const links = useNeighbourLinks(client, active ?? pinned);
  const pinnedLinks = useNeighbourLinks(client, pinned);
  const placement = useQueryPlacement(client, query, QUERY_K);

  const toggle = useCallback(
    (code: number) =>
      setHidden((previous) => {
        const next = new Set(previous);
        if (!next.delete(code)) next.add(code);
        return next;
      }),
    [],
  );
  const onBrush = useCallback((indices: Int32Array | null) => {
    setBox(indices);
    setHighlight(indices ? 'box' : 'none');
  }, []);
  const onThreshold = useCallback((t: number) => {
    setThreshold(t);
    setHighlight('threshold');
  }, []);
  const describePoint = useCallback(
    (i: number) => ({
      title: titles[i],
      detail: snippetOf(rows[i]),
      where: `PC1 ${formatSigned(coords[i * 2])}, PC2 ${formatSigned(coords[i * 2 + 1])}`,
    }),
    [titles, rows, coords],
  );
  const [pc1Ratio, pc2Ratio] = model.explainedVarianceRatio;
  const summary = useMemo(
    () =>
      mapSummary({
        coords,
        ratios: [pc1Ratio, pc2Ratio],
        categories: categories.names.map((label, code) => ({ label, count: categories.sizes[code] })),
        otherCount: categories.sizes[named],
      }),
    [coords, pc1Ratio, pc2Ratio, categories, named],
  );

  return (
    <>
      <ExplainedVariance model={model} preservation={preservation} ms={ms} />

      <h3>The map</h3>
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      <CategoryLegend
        entries={legend}
        hidden={hidden}
        onToggle={toggle}
        label="Job titles: choose one to hide or show it"
      />
      <div className="pca-map-layout">
        <ScatterPlot
          coords={coords}
          codes={categories.codes}
          colors={colors}
          hidden={hidden}
          highlighted={highlighted}
          marked={placement.state === 'done' ? placement.top : null}
          query={placement.state === 'done' ? placement.at : null}
          links={links}
          pinned={pinned}
          axisLabels={[`PC1 (${formatPercent(pc1Ratio)})`, `PC2 (${formatPercent(pc2Ratio)})`]}
          label={`Map of ${count} listings on the first two principal components`}
          describedBy={summaryId}
          describePoint={describePoint}
          onActiveChange={setActive}
          onPin={setPinned}
          onBrush={onBrush}
          exportTitle={`${count} job listings on the first two principal components`}
          legend={legend}
          fileName="pca-map"
        />
        {pinned !== null ? (
          <PinnedCard
            rows={rows}
            coords={coords}
            pinned={pinned}
            neighbours={pinnedLinks?.to ?? null}
            onPin={setPinned}
          />
        ) : (
          <p className="pinned-card pinned-empty muted">
            Click or tap a dot, or focus the map and press Enter on one, to pin its details here.
          </p>
        )}
      </div>
      <QueryResults rows={rows} placement={placement} onPin={setPinned} />

      <h3>Select and compare</h3>
      <fieldset className="highlight-choice">
        <legend>Highlight on the map (everything else turns grey)</legend>
        <label>
          <input
            type="radio"
            name="highlight"
            checked={highlight === 'none'}
            onChange={() => setHighlight('none')}
          />{' '}
          Nothing
        </label>
        <label>
          <input
            type="radio"
            name="highlight"
            checked={highlight === 'box'}
            disabled={!box}
            onChange={() => setHighlight('box')}
          />{' '}
          Listings in the box
        </label>
        <label>
          <input
            type="radio"
            name="highlight"
            checked={highlight === 'threshold'}
            onChange={() => setHighlight('threshold')}
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
            coords={coords}
            threshold={threshold}
            onThreshold={onThreshold}
            matches={matches}
            extent={pc2Extent}
          />
        </section>
      </div>

      <PcaTable rows={rows} coords={coords} onPin={setPinned} />
      <p>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              'pca-coordinates.csv',
              new Blob([coordinatesCsv(rows, coords)], { type: 'text/csv' }),
            )
          }
        >
          Export coordinates (CSV)
        </button>{' '}
        <span className="muted">
          index, title, pc1, pc2 for all {count.toLocaleString('en')} embedded rows.
        </span>
      </p>
    </>
  );
}
