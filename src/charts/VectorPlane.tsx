import { scaleLinear, type ScaleLinear } from 'd3';
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { add, type Vec2 } from '../math/vector2d';
import {
  arrowHeadPoints,
  arrowKeyDelta,
  constrainPoint,
  middleLabelPlacement,
  planeHeight,
  tipLabelPlacement,
  type PlaneDomain,
  type Pixel,
} from './vectorPlaneGeometry';
import './VectorPlane.css';

export interface PlaneVector {
  id: string;
  /** Tip, in data units. */
  tip: Vec2;
  /** Tail, in data units; the origin when left out. */
  tail?: Vec2;
  color: string;
  label?: string;
  /** Where the label goes: just past the tip (default) or beside the middle of the arrow. */
  labelAt?: 'tip' | 'middle';
  dashed?: boolean;
  /** Stroke width in SVG units (default 2.5). */
  thickness?: number;
  /** Drawn pale, e.g. everything but the selected arrow. */
  faded?: boolean;
  /** Accessible name of the tip's drag handle. When set, the tip can be dragged and moved with arrow keys. */
  handleLabel?: string;
}

export interface PlanePoint {
  id: string;
  at: Vec2;
  label: string;
  /** Put the label above the dot instead of below it (e.g. where arrows arrive from below). */
  labelAbove?: boolean;
}

export interface PlaneScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

export interface VectorPlaneProps {
  vectors: readonly PlaneVector[];
  /** Labelled dots, e.g. the words an arrow can land on. */
  points?: readonly PlanePoint[];
  domain: PlaneDomain;
  /** Accessible name of the figure. Give a text alternative (readout, table) next to it as well. */
  label: string;
  /** Called with the new tip of a vector that has a handle, already clamped to the domain and snapped to `step`. */
  onChange?: (id: string, tip: Vec2) => void;
  /** Grid for dragging and the distance one arrow key moves a handle (Shift: five steps). Default 0.1. */
  step?: number;
  /** Extra SVG drawn under the arrows (a circle, an angle arc), placed with the plane's scales. */
  underlay?: (scales: PlaneScales) => ReactNode;
  /** viewBox width; the figure scales to its container (up to 420 px wide). Default 360. */
  width?: number;
  testId?: string;
}

const MARGIN = 22;
const ORIGIN: Vec2 = { x: 0, y: 0 };

/**
 * A 2-D plane of arrows. d3 makes the scales and ticks, React draws every node. Equal units on both
 * axes keep angles true. Tips with a `handleLabel` can be dragged with mouse or touch (pointer
 * events) or focused and moved with the arrow keys.
 */
export function VectorPlane({
  vectors,
  points = [],
  domain,
  label,
  onChange,
  step = 0.1,
  underlay,
  width = 360,
  testId,
}: VectorPlaneProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const height = planeHeight(domain, width, MARGIN);
  const x = scaleLinear()
    .domain(domain.x)
    .range([MARGIN, width - MARGIN]);
  const y = scaleLinear()
    .domain(domain.y)
    .range([height - MARGIN, MARGIN]);
  const toPixel = (p: Vec2): Pixel => [x(p.x), y(p.y)];
  const interactive = vectors.some((v) => v.handleLabel);

  const move = (id: string, tip: Vec2) => onChange?.(id, constrainPoint(tip, domain, step));

  const pointerToData = (event: PointerEvent): Vec2 | undefined => {
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return undefined;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: x.invert(p.x), y: y.invert(p.y) };
  };

  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (id: string, event: PointerEvent<SVGGElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const point = pointerToData(event);
    if (point) move(id, point);
  };

  const onKeyDown = (vector: PlaneVector, event: KeyboardEvent) => {
    const delta = arrowKeyDelta(event.key, event.shiftKey ? step * 5 : step);
    if (!delta) return;
    event.preventDefault();
    move(vector.id, add(vector.tip, delta));
  };

  // About six grid lines across; as many per unit of height, so the grid squares stay square.
  const xTicks = x.ticks(6);
  const yTicks = y.ticks(
    Math.max(2, Math.round((6 * (domain.y[1] - domain.y[0])) / (domain.x[1] - domain.x[0]))),
  );

  return (
    <svg
      ref={svgRef}
      className="vector-plane"
      viewBox={`0 0 ${width} ${height}`}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      data-testid={testId}
    >
      <g className="vector-plane-grid" aria-hidden="true">
        {xTicks.map((t) => (
          <line
            key={`x${t}`}
            x1={x(t)}
            x2={x(t)}
            y1={MARGIN}
            y2={height - MARGIN}
            className={t === 0 ? 'axis' : undefined}
          />
        ))}
        {yTicks.map((t) => (
          <line
            key={`y${t}`}
            x1={MARGIN}
            x2={width - MARGIN}
            y1={y(t)}
            y2={y(t)}
            className={t === 0 ? 'axis' : undefined}
          />
        ))}
        {xTicks.map((t) => (
          <text key={`xl${t}`} x={x(t)} y={height - MARGIN + 14} textAnchor="middle">
            {t}
          </text>
        ))}
        {yTicks.map((t) => (
          <text key={`yl${t}`} x={MARGIN - 5} y={y(t) + 4} textAnchor="end">
            {t}
          </text>
        ))}
      </g>
      {underlay && <g aria-hidden="true">{underlay({ x, y })}</g>}
      <g aria-hidden="true">
        {points.map((point) => (
          <g key={point.id} className="vector-plane-point">
            <circle cx={x(point.at.x)} cy={y(point.at.y)} r={4} className="vector-plane-dot-point" />
            <text x={x(point.at.x)} y={y(point.at.y) + (point.labelAbove ? -9 : 18)} textAnchor="middle">
              {point.label}
            </text>
          </g>
        ))}
      </g>
      <g aria-hidden="true">
        {vectors.map((vector) => {
          const tail = toPixel(vector.tail ?? ORIGIN);
          const tip = toPixel(vector.tip);
          const thickness = vector.thickness ?? 2.5;
          const place = vector.labelAt === 'middle' ? middleLabelPlacement : tipLabelPlacement;
          // Labels of draggable tips sit clear of the handle's ring.
          const labelAt = place(tail, tip, vector.handleLabel ? 16 : 9);
          return (
            <g
              key={vector.id}
              className={vector.faded ? 'vector-plane-arrow faded' : 'vector-plane-arrow'}
              data-vector={vector.id}
            >
              <line
                x1={tail[0]}
                y1={tail[1]}
                x2={tip[0]}
                y2={tip[1]}
                stroke={vector.color}
                strokeWidth={thickness}
                strokeDasharray={vector.dashed ? '7 5' : undefined}
              />
              <polygon points={arrowHeadPoints(tail, tip, 8 + 2 * thickness)} fill={vector.color} />
              {vector.label && (
                <text
                  x={labelAt.x}
                  y={labelAt.y}
                  textAnchor={labelAt.anchor}
                  fill={vector.color}
                  className="vector-plane-label"
                >
                  {vector.label}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {vectors
        .filter((vector) => vector.handleLabel)
        .map((vector) => {
          const [cx, cy] = toPixel(vector.tip);
          return (
            <g
              key={vector.id}
              className="vector-plane-handle"
              role="button"
              aria-roledescription="draggable point"
              aria-label={`${vector.handleLabel} at (${vector.tip.x.toFixed(2)}, ${vector.tip.y.toFixed(2)}). Arrow keys move it.`}
              tabIndex={0}
              onPointerDown={onPointerDown}
              onPointerMove={(event) => onPointerMove(vector.id, event)}
              onKeyDown={(event) => onKeyDown(vector, event)}
            >
              {/* A wide transparent circle: a fingertip-sized target around the small visible dot. */}
              <circle cx={cx} cy={cy} r={20} className="vector-plane-hit" />
              <circle
                cx={cx}
                cy={cy}
                r={7}
                fill="#fff"
                stroke={vector.color}
                strokeWidth={3}
                className="vector-plane-dot"
              />
            </g>
          );
        })}
    </svg>
  );
}
