import { CosineContext } from '../../components/CosineContext';
import type { CosineBaseline } from '../../hooks/useCosineBaseline';
import { type Metric, isDistance } from '../../math/similarity';
import { rankedExcluding } from '../../math/ranking';
import { RankedList } from '../../components/RankedList';
import { METRIC_NAMES } from './metricText';

/**
 * The other sentences ordered from closest to farthest from sentence `from`, under the chosen
 * metric, compared with the cosine order.
 */
export function NeighbourRanking({
  sentences,
  from,
  metric,
  values,
  cosines,
  baseline,
}: {
  sentences: readonly string[];
  from: number;
  metric: Metric;
  /** Row `from` of the matrix for `metric`. */
  values: ArrayLike<number>;
  /** Row `from` of the cosine matrix. */
  cosines: ArrayLike<number>;
  /** Pair cosines of the loaded listings, to say how unusual each cosine is. */
  baseline?: CosineBaseline;
}) {
  const order = rankedExcluding(values, isDistance(metric) ? 'ascending' : 'descending', [from]);
  const cosineOrder = rankedExcluding(cosines, 'descending', [from]);
  const same = order.every((index, i) => index === cosineOrder[i]);
  return (
    <div className="neighbour-ranking">
      <RankedList
        items={order}
        keyOf={(index) => index}
        aria-label={`Other sentences from closest to farthest, by ${METRIC_NAMES[metric].toLowerCase()}`}
        data-testid="neighbour-ranking"
      >
        {(index) => (
          <>
            <span className="ranking-text">{sentences[index]}</span>{' '}
            <span className="muted">(sentence {index + 1})</span>{' '}
            <code className="ranking-value">{values[index].toFixed(3)}</code>
            {metric === 'cosine' && baseline && (
              <>
                {' '}
                <CosineContext cosine={cosines[index]} baseline={baseline} />
              </>
            )}
          </>
        )}
      </RankedList>
      <p data-testid="ranking-check" className={same ? 'ranking-same' : 'ranking-different'}>
        {metric === 'cosine'
          ? 'This is the cosine order. Switch the metric and compare.'
          : same
            ? '✓ Same order as cosine'
            : '✗ A different order from cosine'}
      </p>
    </div>
  );
}
