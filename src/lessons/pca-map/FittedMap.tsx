import { useCallback, useId, useMemo, useState } from 'react';
import { CategoryLegend } from '../../charts/CategoryLegend';
import { ScatterPlot, type DragMode } from '../../charts/ScatterPlot';
import type { View } from '../../charts/scatterDraw';
import { scatterFrame, zoomedAboutCentre } from '../../charts/scatterFrame';
import { useElementWidth } from '../../charts/useElementWidth';
import { axisExtent } from '../../math/mapSelection';
import type { PcaModel } from '../../math/pca';
import { ExplainedVariance } from './ExplainedVariance';
import { MapExports } from './MapExports';
import type { MapRow } from './mapRow';
import { mapSummary } from './mapSummary';
import { MapHint, MapToolbar } from './MapToolbar';
import { formatPercent, formatSigned } from './numbers';
import type { PcaWorkerClient } from './pcaWorkerClient';
import { PcaTable } from './PcaTable';
import { PinnedCard } from './PinnedCard';
import { QueryResults } from './QueryResults';
import { snippetOf, titleOf } from './rowText';
import { SelectAndCompare } from './SelectAndCompare';
import type { Preservation } from './usePcaAnalysis';
import { useMapSelection } from './useMapSelection';
import { colourByTitle } from './mapColours';
import { useNeighbourLinks } from './useNeighbourLinks';
import { useQueryPlacement } from './useQueryPlacement';

/** How many of the query's nearest listings are ringed. */
const QUERY_K = 10;
const HOME: View = { k: 1, x: 0, y: 0 };

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
  const colouring = useMemo(() => colourByTitle(titles), [titles]);
  const { codes, colors, legend } = colouring;

  const [hidden, setHidden] = useState<ReadonlySet<number>>(() => new Set());
  const [pinned, setPinned] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [view, setView] = useState<View>(HOME);
  const [mode, setMode] = useState<DragMode>('zoom');
  const selection = useMapSelection(coords);
  const pc2Extent = useMemo(() => axisExtent(coords, 1), [coords]);

  const { ref: plotRef, width } = useElementWidth<HTMLDivElement>(640);
  const frame = useMemo(() => scatterFrame(coords, Math.max(260, width)), [coords, width]);

  const links = useNeighbourLinks(client, active ?? pinned);
  const pinnedLinks = useNeighbourLinks(client, pinned);
  const placement = useQueryPlacement(client, query, QUERY_K);
  const queryAt = placement.state === 'done' ? placement.at : null;
  const marked = placement.state === 'done' ? placement.top : null;

  const toggle = useCallback(
    (code: number) =>
      setHidden((previous) => {
        const next = new Set(previous);
        if (!next.delete(code)) next.add(code);
        return next;
      }),
    [],
  );
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
        categories: legend.filter((entry) => entry.code !== colors.length - 1),
        otherCount: legend.find((entry) => entry.code === colors.length - 1)?.count ?? 0,
      }),
    [coords, pc1Ratio, pc2Ratio, legend, colors],
  );
  const axisLabels: [string, string] = [
    `PC1 (${formatPercent(pc1Ratio)})`,
    `PC2 (${formatPercent(pc2Ratio)})`,
  ];
  const exportTitle = `${count} job listings on the first two principal components`;

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
      <MapToolbar
        mode={mode}
        onMode={setMode}
        onZoom={(factor) => setView((v) => zoomedAboutCentre(frame, v, factor))}
        onReset={() => setView(HOME)}
      />
      <div className="pca-map-layout">
        <div ref={plotRef}>
          <ScatterPlot
            frame={frame}
            codes={codes}
            colors={colors}
            hidden={hidden}
            highlighted={selection.highlighted}
            marked={marked}
            query={queryAt}
            links={links}
            pinned={pinned}
            axisLabels={axisLabels}
            viewport={view}
            onViewportChange={setView}
            mode={mode}
            label={`Map of ${count} listings on the first two principal components`}
            describedBy={summaryId}
            describePoint={describePoint}
            onActiveChange={setActive}
            onPin={setPinned}
            onBrush={selection.onBrush}
          />
          <MapHint mode={mode} />
          <MapExports
            picture={() => ({
              frame,
              view,
              codes,
              colors,
              hidden,
              highlighted: selection.highlighted,
              marked,
              query: queryAt,
              axisLabels,
              title: exportTitle,
              legend,
            })}
            coordinates={{ rows, pca: coords, umap: null, clusters: null }}
            fileName="pca-map"
          />
        </div>
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

      <SelectAndCompare
        rows={rows}
        pcaCoords={coords}
        highlight={selection.highlight}
        onHighlight={selection.setHighlight}
        box={selection.box}
        threshold={selection.threshold}
        onThreshold={selection.onThreshold}
        matches={selection.matches}
        pc2Extent={pc2Extent}
      />

      <PcaTable rows={rows} coords={coords} axisNames={['PC1', 'PC2']} onPin={setPinned} />
    </>
  );
}
