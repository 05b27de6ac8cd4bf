import { useMemo, useState } from 'react';
import { PcaIntuitionFigure } from '../../charts/PcaIntuitionFigure';
import { noisyLine } from '../../math/noisyLine';
import { fitPca, projectRows, reconstruct } from '../../math/pca';
import { NoiseZeroQuestion } from './NoiseZeroQuestion';
import { formatPercent } from './numbers';

const POINTS = 60;
const SEED = 7;

/** Section 1: PCA on 2-D points, where every step can be seen. */
export function PcaIntuition() {
  const [noise, setNoise] = useState(0.35);
  const { points, projections, model } = useMemo(() => {
    const cloud = noisyLine(POINTS, noise, SEED);
    const fitted = fitPca(cloud, 2, 2);
    return {
      points: cloud,
      model: fitted,
      projections: reconstruct(projectRows(cloud, fitted, 1), fitted, 1),
    };
  }, [noise]);
  const kept = model.explainedVarianceRatio[0];
  return (
    <section aria-labelledby="pca-intuition-heading">
      <h2 id="pca-intuition-heading">1. What PCA does, in two dimensions</h2>
      <p>
        Principal component analysis (PCA) looks for the direction in which a cloud of points is most spread
        out. That direction is the <strong>first principal component</strong>, PC1 (the orange line, through
        the average point). Each point is then replaced by its <em>shadow</em> on that line: the grey segments
        show how far each point had to move.
      </p>
      <NoiseZeroQuestion points={POINTS} seed={SEED} />
      <div className="pca-intuition-layout">
        <PcaIntuitionFigure
          points={points}
          projections={projections}
          mean={model.mean}
          direction={model.components.subarray(0, 2)}
          label={`${POINTS} points scattered around a line, with the first principal direction drawn through them and each point's projection onto it. PC1 explains ${formatPercent(kept)} of the variance.`}
        />
        <div>
          <label className="field" htmlFor="pca-noise">
            <span>
              Noise across the line: <output htmlFor="pca-noise">{noise.toFixed(2)}</output>
            </span>
            <input
              id="pca-noise"
              type="range"
              min={0}
              max={1.5}
              step={0.05}
              value={noise}
              onChange={(e) => setNoise(e.target.valueAsNumber)}
            />
          </label>
          <p className="pca-share" aria-live="polite" data-testid="intuition-share">
            PC1 keeps <strong>{formatPercent(kept)}</strong> of the variance. The other{' '}
            <strong>{formatPercent(1 - kept)}</strong>, the spread across the line, is thrown away.
          </p>
          <p>
            Slide the noise up: the points leave the line, the shadows lose more, and the share PC1 explains
            falls.
          </p>
        </div>
      </div>
      <h3>What PCA keeps, and what it throws away</h3>
      <ul>
        <li>
          <strong>Keeps:</strong> where each point sits along the few directions of largest spread. Points far
          apart on those directions stay far apart.
        </li>
        <li>
          <strong>Throws away:</strong> every other direction. Two points that differ only there land on top
          of each other, however different they are.
        </li>
        <li>
          <strong>Nothing clever:</strong> PCA only moves the average point to the middle, turns the axes and
          drops some. It cannot unfold curved shapes, and the sign of each axis is arbitrary.
        </li>
      </ul>
    </section>
  );
}
