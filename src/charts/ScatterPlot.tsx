/**
 * A zoomable scatter plot for thousands of points. D3 computes scales, the quadtree, zoom and
 * brush. Layers, bottom to top: an SVG grid, the points on a canvas (fast for 20,000), the marks
 * (hover, pin, query, neighbour lines) on a second canvas, and labels, brush and input on an SVG.
 */
import {
  brush,
  quadtree,
  select,
  zoom,
  zoomIdentity,
  type D3BrushEvent,
  type D3ZoomEvent,
  type ZoomTransform,
} from 'd3';
import {
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent,
} from 'react';
import { downloadBlob } from '../components/download';
import { axisExtent, indicesInRect } from '../math/mapSelection';
import { CROWDED_OPACITY, drawMarks, drawPoints, prepareCanvas, type Layout } from './scatterDraw';
import { scatterSvg, svgToPng, type Tick } from './scatterExport';
import {
  equalAspectScales,
  isCrowded,
  nearestInDirection,
  nearestTo,
  pointRadius,
  type Direction,
} from './scatterGeometry';
import { paintGroups } from './scatterPaint';
import './ScatterPlot.css';

export interface PointDescription {
  title: string;
  /** A short extra line for the tooltip. */
  detail: string;
  /** Where the point is, in words (e.g. its coordinates), read out on keyboard focus. */
  where: string;
}

export interface ScatterPlotProps {
  /** Row-major [n, 2] data coordinates. */
  coords: Float64Array;
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
  axisLabels: [string, string];
  /** Accessible name; give the figure a text summary too (`describedBy`). */
  label: string;
  describedBy?: string;
  describePoint: (i: number) => PointDescription;
  /** The hovered or keyboard-focused point changed. */
  onActiveChange: (i: number | null) => void;
  onPin: (i: number | null) => void;
  /** Points inside a brushed rectangle, or null when the brush is cleared. */
  onBrush: (indices: Int32Array | null) => void;
  /** Title and legend for exported images, and the file name (without extension). */
  exportTitle: string;
  legend: readonly { label: string; color: string }[];
  fileName: string;
}

type Mode = 'zoom' | 'select';

const MARGINS = { top: 12, right: 12, bottom: 46, left: 54 };
/** How far (CSS px) from a dot the pointer still picks it. */
const HIT_DISTANCE = 10;
const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Phones get a near-square plot; wide screens a landscape one. */
const chartHeight = (width: number) =>
  Math.round(Math.min(600, Math.max(300, width * (width < 600 ? 0.95 : 0.72))));
/** Below this width a tooltip beside the dot would cover the map: it spans the plot's top or bottom edge instead. */
const NARROW = 520;

/** Wheel zooms only with Ctrl/⌘ (or a trackpad pinch), one finger scrolls the page: the map never traps scrolling. */
function zoomFilter(event: Event): boolean {
  if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
  return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
}

/** Beside the dot, on the side with more room; on narrow screens along the edge away from the dot. */
function tooltipPlacement(x: number, y: number, width: number, height: number): CSSProperties {
  const lower = y > height / 2;
  if (width < NARROW) return lower ? { left: 4, right: 4, top: 4 } : { left: 4, right: 4, bottom: 4 };
  return {
    left: x > width / 2 ? undefined : x + 14,
    right: x > width / 2 ? width - x + 14 : undefined,
    top: lower ? undefined : y + 14,
    bottom: lower ? height - y + 14 : undefined,
  };
}

export function ScatterPlot(props: ScatterPlotProps) {
  const {
    coords,
    codes,
    colors,
    hidden,
    highlighted,
    marked,
    query,
    links,
    pinned,
    axisLabels,
    describePoint,
    onPin,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const baseRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const [width, setWidth] = useState(640);
  const height = chartHeight(width);
  const [view, setView] = useState<ZoomTransform>(zoomIdentity);
  const [mode, setMode] = useState<Mode>('zoom');
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const count = coords.length / 2;
  const crowded = isCrowded(count);

  useLayoutEffect(() => {
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(260, Math.floor(entry.contentRect.width))),
    );
    observer.observe(containerRef.current!);
    return () => observer.disconnect();
  }, []);

  const scales = useMemo(
    () => equalAspectScales(axisExtent(coords, 0), axisExtent(coords, 1), width, height, MARGINS),
    [coords, width, height],
  );
  const layout = useMemo<Layout>(() => {
    const bx = new Float32Array(count);
    const by = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      bx[i] = scales.x(coords[i * 2]);
      by[i] = scales.y(coords[i * 2 + 1]);
    }
    const clip = {
      left: MARGINS.left,
      top: MARGINS.top,
      right: width - MARGINS.right,
      bottom: height - MARGINS.bottom,
    };
    return { bx, by, clip, radius: pointRadius(count) };
  }, [coords, scales, count, width, height]);
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
  const queryBase = useMemo<[number, number] | null>(
    () => (query ? [scales.x(query[0]), scales.y(query[1])] : null),
    [query, scales],
  );

  const zoomBehavior = useMemo(
    () =>
      zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.5, 60])
        .filter(zoomFilter)
        .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => setView(event.transform)),
    [],
  );

  useLayoutEffect(() => {
    drawPoints(prepareCanvas(baseRef.current!, width, height), groups, layout, view, crowded);
  }, [groups, layout, view, width, height, crowded]);

  const active = hovered ?? focused;
  useLayoutEffect(() => {
    drawMarks(
      prepareCanvas(overlayRef.current!, width, height),
      { marked, links, active, pinned, query: queryBase },
      layout,
      view,
    );
  }, [marked, links, active, pinned, queryBase, layout, view, width, height]);

  useLayoutEffect(() => {
    if (mode !== 'zoom') return;
    const svg = select(svgRef.current!);
    svg.call(zoomBehavior).on('dblclick.zoom', null);
    return () => void svg.on('.zoom', null);
  }, [mode, zoomBehavior]);

  const brushed = useEffectEvent((selection: [[number, number], [number, number]] | null) => {
    if (!selection) {
      props.onBrush(null);
      return;
    }
    const [[x0, y0], [x1, y1]] = selection;
    const toData = (sx: number, sy: number) => [
      scales.x.invert((sx - view.x) / view.k),
      scales.y.invert((sy - view.y) / view.k),
    ];
    const [dx0, dy0] = toData(x0, y0);
    const [dx1, dy1] = toData(x1, y1);
    props.onBrush(
      indicesInRect(coords, { x0: dx0, x1: dx1, y0: dy0, y1: dy1 }, (i) => !hidden.has(codes[i])),
    );
  });

  const { clip } = layout;
  useLayoutEffect(() => {
    if (mode !== 'select') return;
    const group = select(brushRef.current!);
    const behavior = brush<unknown>()
      .extent([
        [clip.left, clip.top],
        [clip.right, clip.bottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Programmatic moves (clearing on exit) have no source event and must not clear the selection.
        if (event.sourceEvent) brushed(event.selection as [[number, number], [number, number]] | null);
      });
    group.call(behavior);
    return () => {
      group.on('.brush', null);
      group.selectAll('*').remove();
    };
  }, [mode, clip.left, clip.top, clip.right, clip.bottom]);

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
    return (
      tree.find((px - view.x) / view.k, (py - view.y) / view.k, (HIT_DISTANCE + layout.radius) / view.k) ??
      null
    );
  };

  const screenPositions = () => {
    const xs = new Float32Array(count);
    const ys = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      xs[i] = view.k * layout.bx[i] + view.x;
      ys[i] = view.k * layout.by[i] + view.y;
    }
    return { xs, ys };
  };

  const showPoint = (i: number) => {
    const x = view.k * layout.bx[i] + view.x;
    const y = view.k * layout.by[i] + view.y;
    if (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) {
      zoomBehavior.translateTo(select(svgRef.current!), layout.bx[i], layout.by[i]);
    }
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const direction = ARROWS[event.key];
    const visible = (i: number) => !hidden.has(codes[i]);
    if (direction) {
      event.preventDefault();
      const { xs, ys } = screenPositions();
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
      zoomBehavior.scaleBy(select(svgRef.current!), 1.5);
    } else if (event.key === '-') {
      zoomBehavior.scaleBy(select(svgRef.current!), 1 / 1.5);
    } else if (event.key === '0') {
      zoomBehavior.transform(select(svgRef.current!), zoomIdentity);
    }
  };

  const xView = view.rescaleX(scales.x);
  const yView = view.rescaleY(scales.y);
  const tickCount = Math.max(3, Math.floor(width / 110));
  const xFormat = xView.tickFormat(tickCount);
  const yFormat = yView.tickFormat(tickCount);
  const xTicks: Tick[] = xView.ticks(tickCount).map((value) => ({ value: xFormat(value), at: xView(value) }));
  const yTicks: Tick[] = yView.ticks(tickCount).map((value) => ({ value: yFormat(value), at: yView(value) }));

  const exportSvgText = () =>
    scatterSvg({
      width,
      height,
      groups,
      opacity: crowded ? CROWDED_OPACITY : 1,
      layout,
      view,
      marked,
      query: queryBase,
      xTicks,
      yTicks,
      axisLabels,
      title: props.exportTitle,
      legend: props.legend,
    });

  const tip = active !== null ? describePoint(active) : null;
  const tipX = active !== null ? view.k * layout.bx[active] + view.x : 0;
  const tipY = active !== null ? view.k * layout.by[active] + view.y : 0;
  const described = focused !== null ? describePoint(focused) : null;
  const announcement = described
    ? `Point ${focused! + 1} of ${count}: ${described.title}. ${described.where}. Enter pins it.`
    : '';

  return (
    <figure className="scatter" data-points={count}>
      <div className="scatter-toolbar">
        <fieldset className="scatter-mode">
          <legend className="visually-hidden">What dragging on the map does</legend>
          <label>
            <input
              type="radio"
              name="scatter-mode"
              checked={mode === 'zoom'}
              onChange={() => setMode('zoom')}
            />{' '}
            Pan &amp; zoom
          </label>
          <label>
            <input
              type="radio"
              name="scatter-mode"
              checked={mode === 'select'}
              onChange={() => setMode('select')}
            />{' '}
            Select with a box
          </label>
        </fieldset>
        <span className="scatter-buttons">
          <button
            type="button"
            aria-label="Zoom in"
            onClick={() => zoomBehavior.scaleBy(select(svgRef.current!), 1.5)}
          >
            +
          </button>
          <button
            type="button"
            aria-label="Zoom out"
            onClick={() => zoomBehavior.scaleBy(select(svgRef.current!), 1 / 1.5)}
          >
            −
          </button>
          <button type="button" onClick={() => zoomBehavior.transform(select(svgRef.current!), zoomIdentity)}>
            Reset view
          </button>
        </span>
      </div>
      <div className="scatter-stage" ref={containerRef} style={{ height }}>
        <svg className="scatter-layer scatter-grid" width={width} height={height} aria-hidden="true">
          {xTicks.map((tick) => (
            <line key={`x${tick.value}`} x1={tick.at} x2={tick.at} y1={clip.top} y2={clip.bottom} />
          ))}
          {yTicks.map((tick) => (
            <line key={`y${tick.value}`} x1={clip.left} x2={clip.right} y1={tick.at} y2={tick.at} />
          ))}
        </svg>
        <canvas ref={baseRef} className="scatter-layer" style={{ width, height }} aria-hidden="true" />
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
          data-x-domain={`${xView.invert(clip.left)},${xView.invert(clip.right)}`}
          data-y-domain={`${yView.invert(clip.bottom)},${yView.invert(clip.top)}`}
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
          <g className="scatter-axes" aria-hidden="true">
            {xTicks.map((tick) => (
              <text key={`x${tick.value}`} x={tick.at} y={clip.bottom + 15} textAnchor="middle">
                {tick.value}
              </text>
            ))}
            {yTicks.map((tick) => (
              <text key={`y${tick.value}`} x={clip.left - 6} y={tick.at} dy="0.32em" textAnchor="end">
                {tick.value}
              </text>
            ))}
            <rect
              className="scatter-frame"
              x={clip.left}
              y={clip.top}
              width={clip.right - clip.left}
              height={clip.bottom - clip.top}
            />
            <text
              className="scatter-axis-label"
              x={(clip.left + clip.right) / 2}
              y={height - 8}
              textAnchor="middle"
            >
              {axisLabels[0]}
            </text>
            <text
              className="scatter-axis-label"
              transform={`translate(14,${(clip.top + clip.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {axisLabels[1]}
            </text>
          </g>
          <g ref={brushRef} className="scatter-brush" />
        </svg>
        {tip && (
          <div
            className="scatter-tooltip"
            data-testid="scatter-tooltip"
            style={tooltipPlacement(tipX, tipY, width, height)}
          >
            <strong>{tip.title}</strong>
            <span>{tip.detail}</span>
          </div>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <p className="scatter-hint muted">
        {mode === 'zoom'
          ? 'Hover or tap a dot to read it; click to pin it. Drag to pan; Ctrl + scroll or pinch with two fingers to zoom.'
          : 'Drag a box over the dots to select them; click outside the box to clear it.'}
      </p>
      <p className="scatter-export">
        <button
          type="button"
          onClick={() =>
            downloadBlob(`${props.fileName}.svg`, new Blob([exportSvgText()], { type: 'image/svg+xml' }))
          }
        >
          Export plot (SVG)
        </button>
        <button
          type="button"
          onClick={() =>
            void svgToPng(exportSvgText()).then((png) => downloadBlob(`${props.fileName}.png`, png))
          }
        >
          Export plot (PNG)
        </button>
      </p>
    </figure>
  );
}
