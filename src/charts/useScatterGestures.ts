/** Pointer gestures of the scatter plot: d3-zoom for pan and zoom, d3-brush for box selection. */
import { brush, select, zoom, zoomTransform, type D3BrushEvent, type D3ZoomEvent } from 'd3';
import { useEffectEvent, useLayoutEffect, useMemo, type RefObject } from 'react';
import type { Layout, View } from './scatterDraw';
import { asTransform, MAX_ZOOM, MIN_ZOOM, sameView } from './scatterFrame';

type Rect = [[number, number], [number, number]];

/** Wheel zooms only with Ctrl/⌘ (or a trackpad pinch), one finger scrolls the page: the map never traps scrolling. */
function zoomFilter(event: Event): boolean {
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
  return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
}

/** Pan and zoom gestures on `svgRef` report views through `onGesture`; `view` set from outside is mirrored into d3-zoom. */
export function useScatterZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  enabled: boolean,
  view: View,
  onGesture: (view: View) => void,
): void {
  const behavior = useMemo(
    () => zoom<SVGSVGElement, unknown>().scaleExtent([MIN_ZOOM, MAX_ZOOM]).filter(zoomFilter),
    [],
  );
  useLayoutEffect(() => {
    behavior.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // Only gestures report back; a viewport the page set is already the page's.
      if (event.sourceEvent) onGesture(event.transform);
    });
  }, [behavior, onGesture]);
  useLayoutEffect(() => {
    const svg = svgRef.current!;
    if (!sameView(zoomTransform(svg), view)) behavior.transform(select(svg), asTransform(view));
  }, [svgRef, view, behavior]);
  useLayoutEffect(() => {
    if (!enabled) return;
    const svg = select(svgRef.current!);
    svg.call(behavior).on('dblclick.zoom', null);
    return () => void svg.on('.zoom', null);
  }, [svgRef, enabled, behavior]);
}

/** A d3 brush inside the plot area of `groupRef`; `onBrushEnd` gets the box in screen pixels, or null when cleared. */
export function useScatterBrush(
  groupRef: RefObject<SVGGElement | null>,
  enabled: boolean,
  clip: Layout['clip'],
  onBrushEnd: (selection: Rect | null) => void,
): void {
  const brushed = useEffectEvent(onBrushEnd);
  const { left, top, right, bottom } = clip;
  useLayoutEffect(() => {
    if (!enabled) return;
    const group = select(groupRef.current!);
    const behavior = brush<unknown>()
      .extent([
        [left, top],
        [right, bottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Programmatic moves (clearing on exit) have no source event and must not clear the selection.
        if (event.sourceEvent) brushed(event.selection as Rect | null);
      });
    group.call(behavior);
    return () => {
      group.on('.brush', null);
      group.selectAll('*').remove();
    };
  }, [groupRef, enabled, left, top, right, bottom]);
}
