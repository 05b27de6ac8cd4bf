import { memo } from 'react';
import { ScreeChart } from '../../charts/ScreeChart';
import { formatMs } from '../../components/format';
import type { PcaModel } from '../../math/pca';
import { formatPercent } from './numbers';
import { varianceMeaning } from './varianceText';

/** The numbers beside the map: how much of the variance its axes keep. */
export const ExplainedVariance = memo(function ExplainedVariance({
  model,
  ms,
}: {
  model: PcaModel;
  ms: number;
}) {
  const [pc1, pc2] = model.explainedVarianceRatio;
  return (
    <div
      className="explained-variance"
      data-testid="explained-variance"
      data-pc1={String(pc1)}
      data-pc2={String(pc2)}
      data-fit-ms={ms}
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
      </dl>
      <p>{varianceMeaning(model.explainedVarianceRatio, model.dims, model.rows)}</p>
      <ScreeChart
        ratios={model.explainedVarianceRatio}
        dims={Math.min(model.dims, model.rows - 1)}
        percent={formatPercent}
      />
      <p>
        Explained variance counts spread, not meaning. Whether dots drawn close together really are similar is
        another question: “How much does each map lie?” below measures it, point by point.
      </p>
      <p className="muted">
        PCA of {model.rows.toLocaleString('en')} × {model.dims} numbers, centred like scikit-learn (no
        scaling), took {formatMs(ms)} in a background worker.
      </p>
    </div>
  );
});
