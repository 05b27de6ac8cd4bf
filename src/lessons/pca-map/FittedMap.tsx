import { useCallback, useId, useMemo, useState } from 'react';
import { CategoryLegend } from '../../charts/CategoryLegend';
import { scatterFrame } from '../../charts/scatterFrame';
import { useElementWidth } from '../../charts/useElementWidth';
import { axisExtent } from '../../math/mapSelection';
import { placeByNeighbours } from '../../math/mapPlacement';
import type { PcaModel } from '../../math/pca';
import { UMAP_DEFAULTS } from '../../math/umap';
import { ClusterSection } from './ClusterSection';
import { ExplainedVariance } from './ExplainedVariance';
import type { ColourBy } from './mapColours';
import { MapLayers } from './MapLayers';
import type { MapRow } from './mapRow';
import { mapSummary, umapSummary } from './mapSummary';
import { MapViewport } from './MapViewport';
import { formatPercent, formatSigned } from './numbers';
import type { PcaWorkerClient } from './pcaWorkerClient';
import { PcaTable } from './PcaTable';
import { PinnedCard } from './PinnedCard';
import { ProjectionQuality } from './ProjectionQuality';
import { ProjectionSwitch, UmapCaveats, type Method } from './ProjectionSwitch';
import { QueryResults } from './QueryResults';
import { snippetOf, titleOf } from './rowText';
import { SelectAndCompare } from './SelectAndCompare';
import { UmapControls } from './UmapControls';
import { useClusters } from './useClusters';
import { useMapDisplay } from './useMapDisplay';
import { useMapSelection } from './useMapSelection';
import { useNeighbourLinks } from './useNeighbourLinks';
import { RECALL_K, useProjectionQuality } from './useProjectionQuality';
import { useQueryPlacement } from './useQueryPlacement';
import { useUmapRun } from './useUmapRun';

/** How many of the query's nearest listings are ringed (and place it on UMAP). */
const QUERY_K = 10;
/** Room around the dots for the outer density contours, which reach about 0.1 of the span beyond them. */
const MAP_PADDING = 0.1;
const AXES: Record<Method, [string, string]> = { pca: ['PC1', 'PC2'], umap: ['UMAP 1', 'UMAP 2'] };

export interface FittedMapProps {
  rows: readonly MapRow[];
  /** Row-major [rows.length, dims]: the vectors the PCA was fitted on. */
  vectors: Float32Array;
  dims: number;
  model: PcaModel;
  coords: Float64Array;
  ms: number;
  client: PcaWorkerClient;
  query: string;
}

/** Everything that needs a fitted map: numbers, the PCA | UMAP scatter, quality, clusters, selections, table. */
export function FittedMap(props: FittedMapProps) {
  const { rows, vectors, dims, model, coords: pcaCoords, client, query } = props;
  const summaryId = useId();
  const count = rows.length;
  const titles = useMemo(() => rows.map(titleOf), [rows]);
  const texts = useMemo(() => rows.map((row) => `${row.title} ${row.text}`), [rows]);

  const [method, setMethod] = useState<Method>('pca');
  const [settings, setSettings] = useState(UMAP_DEFAULTS);
  const umap = useUmapRun(vectors, dims);
  const umapCoords = umap.latest?.coords ?? null;
  const shown: Method = method === 'umap' && umapCoords ? 'umap' : 'pca';
  const coords = shown === 'umap' ? umapCoords! : pcaCoords;
  const axes = AXES[shown];

  const [colourBy, setColourBy] = useState<ColourBy>('title');
  const [showLabels, setShowLabels] = useState(true);
  const [showContours, setShowContours] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(() => new Set());
  const [pinned, setPinned] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const selection = useMapSelection(pcaCoords);
  const pc2Extent = useMemo(() => axisExtent(pcaCoords, 1), [pcaCoords]);

  const { ref: plotRef, width } = useElementWidth<HTMLDivElement>(640);
  const frame = useMemo(() => scatterFrame(coords, Math.max(260, width), MAP_PADDING), [coords, width]);
  const quality = useProjectionQuality(vectors, dims, pcaCoords, umapCoords);
  const shownRecall = (shown === 'pca' ? quality.pca : quality.umap) ?? null;
  const clustering = useClusters(vectors, dims, titles, texts);
  const display = useMapDisplay({
    titles,
    colourBy,
    recall: shownRecall?.perPoint ?? null,
    recallK: RECALL_K,
    clusters: clustering.clusters,
    frame,
    showLabels,
    showContours,
  });
  const { codes, colors, legend } = display.colouring;

  const links = useNeighbourLinks(client, active ?? pinned);
  const pinnedLinks = useNeighbourLinks(client, pinned);
  const placement = useQueryPlacement(client, query, QUERY_K);
  const queryAt = useMemo<[number, number] | null>(() => {
    if (placement.state !== 'done') return null;
    return shown === 'umap' ? placeByNeighbours(umapCoords!, placement.top, placement.scores) : placement.at;
  }, [placement, shown, umapCoords]);
  const marked = placement.state === 'done' ? placement.top : null;

  const colourWith = (by: ColourBy) => {
    setColourBy(by);
    setHidden(new Set());
  };
  const toggle = useCallback(
    (code: number) =>
      setHidden((previous) => {
        const next = new Set(previous);
        if (!next.delete(code)) next.add(code);
        return next;
      }),
    [],
  );
  const where = useCallback(
    (i: number) => `${axes[0]} ${formatSigned(coords[i * 2])}, ${axes[1]} ${formatSigned(coords[i * 2 + 1])}`,
    [axes, coords],
  );
  const describePoint = useCallback(
    (i: number) => ({ title: titles[i], detail: snippetOf(rows[i]), where: where(i) }),
    [titles, rows, where],
  );
  const [pc1Ratio, pc2Ratio] = model.explainedVarianceRatio;
  const byTitle = display.byTitle;
  const summary = useMemo(() => {
    const otherCode = byTitle.colors.length - 1;
    const input = {
      coords,
      ratios: [pc1Ratio, pc2Ratio] as [number, number],
      categories: byTitle.legend.filter((entry) => entry.code !== otherCode),
      otherCount: byTitle.legend.find((entry) => entry.code === otherCode)?.count ?? 0,
    };
    return shown === 'pca' ? mapSummary(input) : umapSummary(input);
  }, [coords, pc1Ratio, pc2Ratio, byTitle, shown]);
  const axisLabels: [string, string] =
    shown === 'pca' ? [`PC1 (${formatPercent(pc1Ratio)})`, `PC2 (${formatPercent(pc2Ratio)})`] : axes;
  const what = shown === 'pca' ? 'on the first two principal components' : 'placed by UMAP';

  return (
    <>
      <ExplainedVariance model={model} ms={props.ms} />

      <h3>The map</h3>
      <ProjectionSwitch method={shown} onMethod={setMethod} umapReady={umapCoords !== null} />
      <UmapCaveats />
      <UmapControls
        settings={settings}
        onSettings={setSettings}
        run={umap.run}
        onRun={() => umap.start(settings)}
        onCancel={umap.cancel}
      />
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
      <MapLayers
        colourBy={colourBy}
        onColourBy={colourWith}
        recallReady={shownRecall !== null}
        clustersReady={clustering.clusters !== null}
        labels={showLabels}
        onLabels={setShowLabels}
        contours={showContours}
        onContours={setShowContours}
      />
      <CategoryLegend
        entries={legend}
        hidden={hidden}
        onToggle={toggle}
        label="Colours: choose one to hide or show its dots"
      />
      <MapViewport
        homeKey={shown}
        plotRef={plotRef}
        frame={frame}
        codes={codes}
        colors={colors}
        hidden={hidden}
        highlighted={selection.highlighted}
        marked={marked}
        query={queryAt}
        links={links}
        pinned={pinned}
        contours={display.contours}
        labels={display.labels}
        axisLabels={axisLabels}
        label={`Map of ${count} listings ${what}`}
        describedBy={summaryId}
        describePoint={describePoint}
        onActiveChange={setActive}
        onPin={setPinned}
        onBrush={selection.onBrush}
        title={`${count} job listings ${what}`}
        legend={legend}
        coordinates={{ rows, pca: pcaCoords, umap: umapCoords, clusters: clustering.clusters }}
        fileName={`${shown}-map`}
      >
        {pinned !== null ? (
          <PinnedCard
            rows={rows}
            where={where(pinned)}
            pinned={pinned}
            neighbours={pinnedLinks?.to ?? null}
            onPin={setPinned}
          />
        ) : (
          <p className="pinned-card pinned-empty muted">
            Click or tap a dot, or focus the map and press Enter on one, to pin its details here.
          </p>
        )}
      </MapViewport>
      <QueryResults rows={rows} placement={placement} shownAt={queryAt} method={shown} onPin={setPinned} />

      <ProjectionQuality
        shown={shown}
        pca={quality.pca?.mean ?? null}
        umap={quality.umap?.mean ?? null}
        k={RECALL_K}
        rows={count}
        curve={quality.curve}
        error={quality.error}
      />
      <ClusterSection clustering={clustering} />

      <SelectAndCompare
        rows={rows}
        pcaCoords={pcaCoords}
        highlight={selection.highlight}
        onHighlight={selection.setHighlight}
        box={selection.box}
        threshold={selection.threshold}
        onThreshold={selection.onThreshold}
        matches={selection.matches}
        pc2Extent={pc2Extent}
      />

      <PcaTable rows={rows} coords={coords} axisNames={axes} onPin={setPinned} />
    </>
  );
}
