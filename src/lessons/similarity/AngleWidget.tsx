import { arc } from 'd3';
import { useState } from 'react';
import { VectorPlane, type PlaneScales } from '../../charts/VectorPlane';
import type { Vec2 } from '../../math/vector2d';
import { AngleReadout } from './AngleReadout';

// Okabe–Ito blue and orange: distinct for the common colour-vision deficiencies; names are drawn too.
const COLORS = { a: '#0072b2', b: '#d55e00' };
const DOMAIN = { x: [-5, 5], y: [-5, 5] } as const;
const EXAMPLE = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } };
const START = { a: { x: 4, y: 1 }, b: { x: 1.5, y: 3.5 } };
const ARC_RADIUS = 0.9;

type Pair = { a: Vec2; b: Vec2 };

/** Length 1, same direction (double precision, so the readout's identity check is exact). */
function toUnit(p: Vec2): Vec2 {
  const length = Math.hypot(p.x, p.y);
  return length === 0 ? p : { x: p.x / length, y: p.y / length };
}

/** The angle between a and b (the short way round) and the gap between their tips. */
function angleMarks({ a, b }: Pair, { x, y }: PlaneScales) {
  const hasDirection = Math.hypot(a.x, a.y) > 0 && Math.hypot(b.x, b.y) > 0;
  const from = Math.atan2(a.y, a.x);
  let sweep = Math.atan2(b.y, b.x) - from;
  if (sweep > Math.PI) sweep -= 2 * Math.PI;
  if (sweep < -Math.PI) sweep += 2 * Math.PI;
  // d3 angles run clockwise from 12 o'clock; the plane's run anticlockwise from 3 o'clock.
  const radius = x(ARC_RADIUS) - x(0);
  const wedge = arc()({
    innerRadius: 0,
    outerRadius: radius,
    startAngle: Math.PI / 2 - from,
    endAngle: Math.PI / 2 - from - sweep,
  });
  return (
    <>
      {hasDirection && wedge && (
        <path d={wedge} transform={`translate(${x(0)},${y(0)})`} className="plane-angle" />
      )}
      <line x1={x(a.x)} y1={y(a.y)} x2={x(b.x)} y2={y(b.y)} className="plane-difference" />
    </>
  );
}

/** Two draggable vectors in the plane and every number that compares them. */
export function AngleWidget() {
  const [pair, setPair] = useState<Pair>(START);
  return (
    <div className="angle-widget">
      <div className="angle-figure">
        <VectorPlane
          label="Two arrows a and b from the origin, the angle between them (shaded) and the gap between their tips (dashed)"
          domain={DOMAIN}
          vectors={[
            { id: 'a', tip: pair.a, color: COLORS.a, label: 'a', handleLabel: 'Tip of vector a' },
            { id: 'b', tip: pair.b, color: COLORS.b, label: 'b', handleLabel: 'Tip of vector b' },
          ]}
          onChange={(id, tip) => setPair((old) => ({ ...old, [id]: tip }))}
          underlay={(scales) => angleMarks(pair, scales)}
          testId="angle-plane"
        />
        <div className="angle-buttons">
          <button type="button" onClick={() => setPair(EXAMPLE)}>
            Set the example: [1, 2] and [3, 4]
          </button>
          <button type="button" onClick={() => setPair({ a: toUnit(pair.a), b: toUnit(pair.b) })}>
            Scale both to length 1
          </button>
        </div>
      </div>
      <AngleReadout a={[pair.a.x, pair.a.y]} b={[pair.b.x, pair.b.y]} />
    </div>
  );
}
