/**
 * The map's scatter plot with its toolbar, hint and exports. It owns the viewport, so a pan or zoom
 * frame re-renders this and nothing else on the page: the cards beside the plot come in as children.
 */
import { useState, type ReactNode, type Ref } from 'react';
import { ScatterPlot, type DragMode, type ScatterPlotProps } from '../../charts/ScatterPlot';
import type { View } from '../../charts/scatterDraw';
import { zoomedAboutCentre } from '../../charts/scatterFrame';
import type { MapCoordinates } from './mapExport';
import { MapExports } from './MapExports';
import { MapHint, MapToolbar } from './MapToolbar';

const HOME: View = { k: 1, x: 0, y: 0 };

export type MapViewportProps = Omit<ScatterPlotProps, 'viewport' | 'onViewportChange' | 'mode'> & {
  /** The view goes back home whenever this changes (another projection). */
  homeKey: string;
  /** For the exported picture. */
  title: string;
  legend: readonly { label: string; color: string }[];
  coordinates: MapCoordinates;
  fileName: string;
  /** Measures the plot's width (the page builds the frame from it). */
  plotRef: Ref<HTMLDivElement>;
  children: ReactNode;
};

export function MapViewport(props: MapViewportProps) {
  const { homeKey, title, legend, coordinates, fileName, plotRef, children, ...plot } = props;
  const [view, setView] = useState<View>(HOME);
  const [viewFor, setViewFor] = useState(homeKey);
  const [mode, setMode] = useState<DragMode>('zoom');
  if (viewFor !== homeKey) {
    setViewFor(homeKey);
    setView(HOME);
  }
  return (
    <>
      <MapToolbar
        mode={mode}
        onMode={setMode}
        onZoom={(factor) => setView((v) => zoomedAboutCentre(plot.frame, v, factor))}
        onReset={() => setView(HOME)}
      />
      <div className="pca-map-layout">
        <div ref={plotRef} data-testid="map-view" data-method={homeKey}>
          <ScatterPlot {...plot} viewport={view} onViewportChange={setView} mode={mode} />
          <MapHint mode={mode} />
          <MapExports
            picture={() => ({
              ...plot,
              contours: plot.contours ?? null,
              labels: plot.labels ?? null,
              view,
              title,
              legend,
            })}
            coordinates={coordinates}
            fileName={fileName}
          />
        </div>
        {children}
      </div>
    </>
  );
}
