import { memo } from 'react';
import { ScreeChart } from '../../charts/ScreeChart';
import { formatMs } from '../../components/format';
import type { PcaModel } from '../../math/pca';
import { formatPercent } from './numbers';
import type { Preservation } from './usePcaAnalysis';
import { preservationMeaning, varianceMeaning } from './varianceText';

/** The numbers beside the map: how much variance its axes keep, and how many neighbourhoods survive. */
export const ExplainedVariance = memo(function ExplainedVariance({
  model,
  preservation,
  ms,
}: {
  model: PcaModel;
  preservation: Preservation;
  ms: number;
}) {
  const [pc1, pc2] = model.explainedVarianceRatio;
  const done = preservation.state === 'done' ? preservation : undefined;
  return (
    <div
      className="explained-variance"
      data-testid="explained-variance"
      data-pc1={String(pc1)}
      data-pc2={String(pc2)}
      data-preservation={done ? String(done.score) : undefined}
      data-fit-ms={ms}
      data-preservation-ms={done?.ms}
    >
      <dl className="stats">
        <div>
          <dt>PC1 explains</dt>
          <dd>{formatPercent(pc1)}</dd>
        </div>
        <div>
          <dt>PC2 explains</dt>
          <dd>{formatPercent(pc2)}</dd>
        </div>
        <div>
          <dt>Both axes together</dt>
          <dd>{formatPercent(pc1 + pc2)}</dd>
        </div>
        <div>
          <dt>Neighbour preservation (10 nearest)</dt>
          <dd aria-live="polite">
            {done
              ? done.score.toFixed(3)
              : preservation.state === 'computing' && preservation.total > 0
                ? `measuring… ${Math.round((100 * preservation.done) / preservation.total)}%`
                : 'measuring…'}
          </dd>
        </div>
      </dl>
      <p>{varianceMeaning(model.explainedVarianceRatio, model.dims, model.rows)}</p>
      <ScreeChart
        ratios={model.explainedVarianceRatio}
        dims={Math.min(model.dims, model.rows - 1)}
        percent={formatPercent}
      />
      <h3>How honest is the picture?</h3>
      <p>
        Explained variance counts spread, not meaning. What a reader of the map wants to know is whether dots
        drawn close together really are similar. The neighbour-preservation score checks exactly that.
      </p>
      <p>
        {done
          ? preservationMeaning(done.score, done.k, done.rows, done.sampleSize)
          : 'It is being measured in the background worker…'}
      </p>
      <p className="muted">
        PCA of {model.rows.toLocaleString('en')} × {model.dims} numbers, centred like scikit-learn (no
        scaling), took {formatMs(ms)} in a background worker
        {done ? `; the neighbour check took ${formatMs(done.ms)}` : ''}.
      </p>
    </div>
  );
});
