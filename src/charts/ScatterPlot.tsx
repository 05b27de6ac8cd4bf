/**
 * A zoomable scatter plot for thousands of points, as a controlled view: the page owns the frame
 * (size and positions), the viewport, the drag mode and the selection, and gets changes back as
 * callbacks. D3 computes the quadtree, zoom and brush. Layers, bottom to top: an SVG grid, the
 * points on a canvas (fast for 20,000), contours and labels (SVG), the marks (hover, pin, query,
 * neighbour lines) on a second canvas, and axes, brush and input on an SVG.
 */
import { quadtree } from 'd3';
import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent,
} from 'react';
import { indicesInRect } from '../math/mapSelection';
import type { MapLabel } from './labelPlacement';
import { ScatterAnnotations } from './ScatterAnnotations';
import { ScatterAxes, ScatterTooltip } from './ScatterParts';
import { drawMarks, drawPoints, prepareCanvas, type View } from './scatterDraw';
import { frameTicks, sameView, zoomedAboutCentre, type Frame } from './scatterFrame';
import { isCrowded, nearestInDirection, nearestTo, type Direction } from './scatterGeometry';
import { paintGroups } from './scatterPaint';
import { useLayoutTween } from './useLayoutTween';
import { useScatterBrush, useScatterZoom } from './useScatterGestures';
import './ScatterPlot.css';

export interface PointDescription {
  title: string;
  /** A short extra line for the tooltip. */
  detail: string;
  /** Where the point is, in words (e.g. its coordinates), read out on keyboard focus. */
  where: string;
}

export type DragMode = 'zoom' | 'select';

export interface ScatterPlotProps {
  /** Size and base-pixel positions of the points (see scatterFrame). */
  frame: Frame;
  /** Category of each point, an index into `colors`. */
  codes: Uint16Array;
  colors: readonly string[];
  /** Categories left off the plot (legend toggles). */
  hidden: ReadonlySet<number>;
  /** When set, points marked 0 are greyed. */
  highlighted: Uint8Array | null;
  /** Points to ring (e.g. a query's nearest listings). */
  marked: Int32Array | null;
  /** A query's position in data coordinates. */
  query: [number, number] | null;
  /** Lines from one point to others (its true nearest neighbours). */
  links: { from: number; to: ArrayLike<number> } | null;
  pinned: number | null;
  contours?: readonly string[] | null;
  labels?: readonly MapLabel[] | null;
  axisLabels: [string, string];
  viewport: View;
  onViewportChange: (view: View) => void;
  mode: DragMode;
  /** Accessible name; give the figure a text summary too (`describedBy`). */
  label: string;
  describedBy?: string;
  describePoint: (i: number) => PointDescription;
  /** The hovered or keyboard-focused point changed. */
  onActiveChange: (i: number | null) => void;
  onPin: (i: number | null) => void;
  /** Points inside a brushed rectangle, or null when the brush is cleared. */
  onBrush: (indices: Int32Array | null) => void;
}

/** How far (CSS px) from a dot the pointer still picks it. */
const HIT_DISTANCE = 10;
const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function ScatterPlot(props: ScatterPlotProps) {
  const { frame, codes, colors, hidden, highlighted, viewport: view, mode, pinned, onPin } = props;
  const { width, height, layout, scales } = frame;
  const baseRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const count = layout.bx.length;
  const crowded = isCrowded(count);
  const drawn = useLayoutTween(layout);

  const groups = useMemo(
    () => paintGroups(codes, colors, hidden, highlighted),
    [codes, colors, hidden, highlighted],
  );
  const tree = useMemo(() => {
    const visible = Array.from({ length: count }, (_, i) => i).filter((i) => !hidden.has(codes[i]));
    return quadtree<number>()
      .x((i) => layout.bx[i])
      .y((i) => layout.by[i])
      .addAll(visible);
  }, [layout, codes, hidden, count]);
  const query = props.query;
  const queryBase = useMemo<[number, number] | null>(
    () => (query ? [scales.x(query[0]), scales.y(query[1])] : null),
    [query, scales],
  );

  const changeView = (next: View) => {
    if (!sameView(next, view)) props.onViewportChange({ k: next.k, x: next.x, y: next.y });
  };
  useScatterZoom(svgRef, mode === 'zoom', view, changeView);

  useLayoutEffect(() => {
    drawPoints(prepareCanvas(baseRef.current!, width, height), groups, drawn, view, crowded);
  }, [groups, drawn, view, width, height, crowded]);

  const active = hovered ?? focused;
  const { marked, links } = props;
  useLayoutEffect(() => {
    drawMarks(
      prepareCanvas(overlayRef.current!, width, height),
      { marked, links, active, pinned, query: queryBase },
      layout,
      view,
    );
  }, [marked, links, active, pinned, queryBase, layout, view, width, height]);

  const toData = (px: number, axis: 'x' | 'y') =>
    scales[axis].invert((px - (axis === 'x' ? view.x : view.y)) / view.k);
  const { clip } = layout;
  useScatterBrush(brushRef, mode === 'select', clip, (selection) => {
    if (!selection) {
      props.onBrush(null);
      return;
    }
    const [[x0, y0], [x1, y1]] = selection;
    const rect = { x0: toData(x0, 'x'), x1: toData(x1, 'x'), y0: toData(y0, 'y'), y1: toData(y1, 'y') };
    props.onBrush(indicesInRect(frame.coords, rect, (i) => !hidden.has(codes[i])));
  });

  const changeActive = (nextHovered: number | null, nextFocused: number | null) => {
    if (nextHovered === hovered && nextFocused === focused) return;
    setHovered(nextHovered);
    setFocused(nextFocused);
    const next = nextHovered ?? nextFocused;
    if (next !== active) props.onActiveChange(next);
  };

  const pointAt = (event: PointerEvent<SVGSVGElement> | ReactMouseEvent<SVGSVGElement>): number | null => {
    const box = svgRef.current!.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    if (px < clip.left || px > clip.right || py < clip.top || py > clip.bottom) return null;
    const reach = (HIT_DISTANCE + layout.radius) / view.k;
    return tree.find((px - view.x) / view.k, (py - view.y) / view.k, reach) ?? null;
  };

  const screenX = (i: number) => view.k * layout.bx[i] + view.x;
  const screenY = (i: number) => view.k * layout.by[i] + view.y;

  /** Pans (keeping the zoom) so point i sits in the middle when it is off screen. */
  const showPoint = (i: number) => {
    const [x, y] = [screenX(i), screenY(i)];
    if (x >= clip.left && x <= clip.right && y >= clip.top && y <= clip.bottom) return;
    const cx = (clip.left + clip.right) / 2;
    const cy = (clip.top + clip.bottom) / 2;
    changeView({ k: view.k, x: cx - view.k * layout.bx[i], y: cy - view.k * layout.by[i] });
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const direction = ARROWS[event.key];
    const visible = (i: number) => !hidden.has(codes[i]);
    if (direction) {
      event.preventDefault();
      const xs = Float32Array.from({ length: count }, (_, i) => screenX(i));
      const ys = Float32Array.from({ length: count }, (_, i) => screenY(i));
      let next: number | null;
      if (focused !== null) next = nearestInDirection(xs, ys, focused, direction, visible) ?? focused;
      else if (pinned !== null && visible(pinned)) next = pinned;
      else next = nearestTo(xs, ys, (clip.left + clip.right) / 2, (clip.top + clip.bottom) / 2, visible);
      if (next === null) return;
      changeActive(null, next);
      showPoint(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && focused !== null) {
      event.preventDefault();
      onPin(focused);
    } else if (event.key === 'Escape') {
      changeActive(null, null);
      onPin(null);
    } else if (event.key === '+' || event.key === '=') {
      changeView(zoomedAboutCentre(frame, view, 1.5));
    } else if (event.key === '-') {
      changeView(zoomedAboutCentre(frame, view, 1 / 1.5));
    } else if (event.key === '0') {
      changeView({ k: 1, x: 0, y: 0 });
    }
  };

  const ticks = frameTicks(frame, view);
  const described = focused !== null ? props.describePoint(focused) : null;
  const announcement = described
    ? `Point ${focused! + 1} of ${count}: ${described.title}. ${described.where}. Enter pins it.`
    : '';

  return (
    <figure className="scatter" data-points={count}>
      <div className="scatter-stage" style={{ height }}>
        <svg className="scatter-layer scatter-grid" width={width} height={height} aria-hidden="true">
          {ticks.x.map((tick) => (
            <line key={`x${tick.value}`} x1={tick.at} x2={tick.at} y1={clip.top} y2={clip.bottom} />
          ))}
          {ticks.y.map((tick) => (
            <line key={`y${tick.value}`} x1={clip.left} x2={clip.right} y1={tick.at} y2={tick.at} />
          ))}
        </svg>
        <canvas ref={baseRef} className="scatter-layer" style={{ width, height }} aria-hidden="true" />
        <ScatterAnnotations
          frame={frame}
          view={view}
          contours={props.contours ?? null}
          labels={props.labels ?? null}
        />
        <canvas ref={overlayRef} className="scatter-layer" style={{ width, height }} aria-hidden="true" />
        <svg
          ref={svgRef}
          className={`scatter-input scatter-${mode}`}
          width={width}
          height={height}
          tabIndex={0}
          role="application"
          aria-roledescription="scatter plot"
          aria-label={`${props.label}. Arrow keys move between points, Enter pins one, Escape clears, plus and minus zoom.`}
          aria-describedby={props.describedBy}
          data-testid="scatter-input"
          data-x-domain={`${toData(clip.left, 'x')},${toData(clip.right, 'x')}`}
          data-y-domain={`${toData(clip.bottom, 'y')},${toData(clip.top, 'y')}`}
          data-plot-area={`${clip.left},${clip.top},${clip.right},${clip.bottom}`}
          onPointerMove={(event) => {
            if (event.pointerType !== 'touch') changeActive(pointAt(event), focused);
          }}
          onPointerLeave={() => changeActive(null, focused)}
          onClick={(event) => {
            if (mode === 'zoom') onPin(pointAt(event));
          }}
          onKeyDown={onKeyDown}
          onBlur={() => changeActive(hovered, null)}
        >
          <ScatterAxes frame={frame} ticks={ticks} axisLabels={props.axisLabels} />
          <g ref={brushRef} className="scatter-brush" />
        </svg>
        {active !== null && (
          <ScatterTooltip
            point={props.describePoint(active)}
            x={screenX(active)}
            y={screenY(active)}
            width={width}
            height={height}
          />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}
