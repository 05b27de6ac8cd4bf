import { RecallCurve as RecallCurveChart } from '../../charts/RecallCurve';
import { AfterReveal, PredictReveal } from '../../components/PredictReveal';
import type { RecallCurve } from '../../math/recallCurve';
import type { Method } from './ProjectionSwitch';
import { MAP_QUALITY_QUESTION, MAP_QUALITY_CHOICES } from './predictText';

/** Mean recall@k of one projection, or null while it is being measured (or UMAP has not run). */
export type MeanRecall = number | null;

const NAMES: Record<Method, string> = { pca: 'PCA', umap: 'UMAP' };

function answer(pca: MeanRecall, umap: MeanRecall, k: number, rows: number): string {
  const chance = ` Dots placed at random would keep about ${((100 * k) / Math.max(1, rows - 1)).toFixed(1)}%.`;
  if (pca === null || umap === null)
    return `Run UMAP above and wait for both numbers: then the two maps can be compared.${chance}`;
  const better = umap > pca ? 'UMAP' : 'PCA';
  return (
    `On these listings ${better} keeps more: on average ${(100 * Math.max(pca, umap)).toFixed(0)}% of each ` +
    `listing's ${k} true nearest neighbours are also its ${k} nearest on the ${better} map, against ` +
    `${(100 * Math.min(pca, umap)).toFixed(0)}% on the other. PCA keeps the directions of largest spread; ` +
    `UMAP is built to keep neighbourhoods, so on data with many small groups it usually wins this measure ` +
    `(and only this one: it says nothing about distances between groups).${chance}`
  );
}

/**
 * The distortion lens in numbers: each projection's mean recall@k side by side. The element with
 * `data-testid="projection-quality"` reports the projection shown, for tests and readers alike.
 */
export function ProjectionQuality({
  shown,
  pca,
  umap,
  k,
  rows,
  curve,
  error,
}: {
  shown: Method;
  pca: MeanRecall;
  umap: MeanRecall;
  k: number;
  /** How many listings the map has (recall of a random layout is about k / (rows − 1)). */
  rows: number;
  curve: RecallCurve | null;
  error: string | null;
}) {
  const shownRecall = shown === 'pca' ? pca : umap;
  const cell = (method: Method, value: MeanRecall) => (
    <div className={method === shown ? 'quality-shown' : undefined}>
      <dt>
        {NAMES[method]} map{method === shown ? ' (shown)' : ''}
      </dt>
      <dd>{value === null ? (method === 'umap' ? 'run UMAP first' : 'measuring…') : value.toFixed(3)}</dd>
    </div>
  );
  return (
    <section aria-labelledby="quality-heading">
      <h3 id="quality-heading">How much does each map lie?</h3>
      <p>
        For every listing, take its {k} nearest neighbours in the full 384 dimensions and count how many of
        them are also among its {k} nearest on the map: that share is its <strong>recall@{k}</strong>. 1 means
        the map keeps its neighbourhood; 0 means none of its true neighbours is near it on the map. Choose
        “Recall” in the colour menu to see it dot by dot, and click a dot to draw lines to its true
        neighbours.
      </p>
      <PredictReveal question={MAP_QUALITY_QUESTION} choices={MAP_QUALITY_CHOICES} id="map-quality">
        <p>{answer(pca, umap, k, rows)}</p>
      </PredictReveal>
      <div
        data-testid="projection-quality"
        data-method={shown}
        data-recall-k={k}
        data-recall={shownRecall === null ? undefined : String(shownRecall)}
      >
        {/* The two means answer the question above: shown once the student has guessed. */}
        <AfterReveal id="map-quality">
          <dl className="stats" aria-live="polite">
            {cell('pca', pca)}
            {cell('umap', umap)}
          </dl>
        </AfterReveal>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          Measuring recall failed: {error}
        </p>
      )}
      <h4>How many PCA dimensions keep the neighbours?</h4>
      <p>
        The curve keeps more and more principal components (all computed exactly, in a worker) and measures
        the mean recall@{k} of each. Where it reaches the UMAP line, PCA needs that many dimensions to keep as
        many neighbours as UMAP keeps in two.
      </p>
      {curve ? (
        <RecallCurveChart
          counts={curve.components}
          recall={curve.recall}
          k={k}
          references={[
            ...(pca === null ? [] : [{ label: 'PCA map (2-D)', value: pca }]),
            ...(umap === null ? [] : [{ label: 'UMAP map (2-D)', value: umap }]),
          ]}
        />
      ) : (
        <p className="muted" role="status">
          Computing the curve…
        </p>
      )}
    </section>
  );
}
