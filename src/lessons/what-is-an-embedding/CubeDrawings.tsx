import { scaleLinear } from 'd3';
import { cubeCorners, cubeEdges, obliqueProjection, type Corner } from '../../math/cube';

const SIZE = 170;
const PAD = 32;
/** Projected corners stay within ±1.5: depth ±1 shifts them by ±0.41 across and ±0.29 up. */
const pixel = scaleLinear()
  .domain([-1.5, 1.5])
  .range([PAD, SIZE - PAD]);
const pixelY = scaleLinear()
  .domain([-1.5, 1.5])
  .range([SIZE - PAD, PAD]);

const signs = (corner: Corner) => corner.map((c) => (c > 0 ? '+' : '−')).join('');

/** Where a corner lands on the page: 1-D on a horizontal line, 3-D through the oblique projection. */
function place(corner: Corner): [number, number] {
  if (corner.length === 1) return [corner[0], 0];
  if (corner.length === 2) return [corner[0], corner[1]];
  return obliqueProjection(corner);
}

function CubeDrawing({ dims, current }: { dims: 1 | 2 | 3; current: boolean }) {
  const corners = cubeCorners(dims);
  const points = corners.map(place);
  const [cx, cy] = [
    points.reduce((s, p) => s + p[0], 0) / points.length,
    points.reduce((s, p) => s + p[1], 0) / points.length,
  ];
  return (
    <figure className={current ? 'intro-cube is-current' : 'intro-cube'}>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={`${dims}-D: ${corners.length} corners: ${corners.map(signs).join(', ')}`}
      >
        {cubeEdges(corners).map(([i, j]) => (
          <line
            key={`${i}-${j}`}
            x1={pixel(points[i][0])}
            y1={pixelY(points[i][1])}
            x2={pixel(points[j][0])}
            y2={pixelY(points[j][1])}
          />
        ))}
        {points.map(([x, y], i) => {
          // Labels sit outside the shape, away from its centre.
          const [ox, oy] = [x - cx, y - cy];
          const length = Math.hypot(ox, oy) || 1;
          return (
            <g key={i}>
              <circle cx={pixel(x)} cy={pixelY(y)} r={5} />
              <text
                x={pixel(x) + (ox / length) * 16}
                y={pixelY(y) - (oy / length) * 16 + 4}
                textAnchor="middle"
              >
                {signs(corners[i])}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {dims}-D: {corners.length} corners
      </figcaption>
    </figure>
  );
}

/** The 1-, 2- and 3-D cases of "each coordinate ±1": a segment's ends, a square's and a cube's corners. */
export function CubeDrawings({ dims }: { dims: number }) {
  return (
    <div className="intro-cubes">
      {([1, 2, 3] as const).map((d) => (
        <CubeDrawing key={d} dims={d} current={d === dims} />
      ))}
    </div>
  );
}
