import { angleDegrees } from '../../math/angle';
import { cosineSimilarity, dot, euclideanDistance, norm } from '../../math/vector';
import { equalsSign, factor, plain } from './numberText';

type Point = readonly [number, number];

/** Length with its working: √(sum of squares) = value. */
function lengthText(name: string, p: Point): string {
  const squares = dot(p, p);
  const length = norm(p);
  return `‖${name}‖ = √${plain(squares)} ${equalsSign(length)} ${plain(length)}`;
}

/** Every number of the widget, each with the arithmetic that produced it. */
export function AngleReadout({ a, b }: { a: Point; b: Point }) {
  const product = dot(a, b);
  const cos = cosineSimilarity(a, b);
  const distance = euclideanDistance(a, b);
  const hasDirection = norm(a) > 0 && norm(b) > 0;
  const angle = angleDegrees(a, b);
  const squaredDistance = distance ** 2;
  const fromCosine = 2 - 2 * cos;
  const bothUnit = Math.abs(norm(a) - 1) < 1e-9 && Math.abs(norm(b) - 1) < 1e-9;
  return (
    <div>
      {/* A short line for screen readers after each move; the full working below is not re-read. */}
      <p className="visually-hidden" aria-live="polite">
        {hasDirection ? `Angle ${plain(angle, 1)} degrees, ` : ''}cosine {plain(cos)}, dot product{' '}
        {plain(product)}, distance {plain(distance)}.
      </p>
      <dl className="angle-readout">
        <div>
          <dt>Vectors</dt>
          <dd>
            a = [{plain(a[0])}, {plain(a[1])}], b = [{plain(b[0])}, {plain(b[1])}]
          </dd>
        </div>
        <div>
          <dt>Dot product</dt>
          <dd>
            a·b = {factor(a[0])}×{factor(b[0])} + {factor(a[1])}×{factor(b[1])} {equalsSign(product)}{' '}
            <strong data-testid="readout-dot">{plain(product)}</strong>
          </dd>
        </div>
        <div>
          <dt>Lengths</dt>
          <dd>
            {lengthText('a', a)}; {lengthText('b', b)}
          </dd>
        </div>
        <div>
          <dt>Cosine</dt>
          <dd>
            cos θ = a·b / (‖a‖ ‖b‖) = {plain(product)} / ({plain(norm(a))} × {plain(norm(b))}){' '}
            {equalsSign(cos)} <strong data-testid="readout-cosine">{plain(cos)}</strong>
          </dd>
        </div>
        <div>
          <dt>Angle</dt>
          <dd>
            {hasDirection ? (
              <>
                θ {equalsSign(angle, 1)} <strong data-testid="readout-angle">{plain(angle, 1)}</strong>°
              </>
            ) : (
              'undefined: a zero vector has no direction (its cosine is set to 0)'
            )}
          </dd>
        </div>
        <div>
          <dt>Euclidean distance</dt>
          <dd>
            ‖a − b‖ = √(({plain(a[0])} − {factor(b[0])})² + ({plain(a[1])} − {factor(b[1])})²) = √
            {plain(squaredDistance)} {equalsSign(distance)}{' '}
            <strong data-testid="readout-distance">{plain(distance)}</strong>
          </dd>
        </div>
        <div>
          <dt>Cosine distance</dt>
          <dd>
            1 − cos θ {equalsSign(1 - cos)}{' '}
            <strong data-testid="readout-cosine-distance">{plain(1 - cos)}</strong>
          </dd>
        </div>
        <div>
          <dt>Check: ‖a − b‖² against 2 − 2 cos θ</dt>
          <dd data-testid="readout-identity">
            {bothUnit
              ? `${plain(squaredDistance)} = ${plain(fromCosine)}: always equal when both lengths are 1`
              : `${plain(squaredDistance)} vs ${plain(fromCosine)}: this only has to hold when both lengths are 1`}
          </dd>
        </div>
      </dl>
    </div>
  );
}
