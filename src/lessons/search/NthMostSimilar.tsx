import { useMemo, useState } from 'react';
import { topK } from '../../math/topK';
import { useListingsStore } from '../../features/listings';
import { ResultCard } from './ResultCard';

/** The notebook's `np.argsort(similarities)[-N]`: not just the best match, the N-th best. */
export function NthMostSimilar({
  positions,
  similarities,
}: {
  positions: number[];
  similarities: Float64Array;
}) {
  const [requested, setRequested] = useState(2); // the notebook's N = 2
  const listings = useListingsStore((s) => s.dataset?.listings);
  const count = positions.length;
  const n = Math.max(1, Math.min(requested, count));
  const order = useMemo(() => topK(similarities, n, (score) => score), [similarities, n]);
  if (!listings || order.length === 0) return null;
  const best = order[0];
  const nth = order[n - 1];
  return (
    <section className="nth" aria-labelledby="nth-heading">
      <h3 id="nth-heading">The N-th most similar</h3>
      <p>
        The notebook picks results with two NumPy functions. <code>np.argmax(similarities)</code> is the
        position of the largest score: the best match. <code>np.argsort(similarities)</code> lists every
        position from the smallest score to the largest, so <code>[-N]</code>, counting from the end, is the
        N-th best. Looking further down the list shows how quickly the matches get worse.
      </p>
      <label className="nth-control">
        N ={' '}
        <input
          type="number"
          min={1}
          max={count}
          value={n}
          onChange={(e) => setRequested(e.target.valueAsNumber || 1)}
        />
        <input
          type="range"
          min={1}
          max={count}
          value={n}
          aria-label="N (slider)"
          onChange={(e) => setRequested(e.target.valueAsNumber)}
        />
      </label>
      <pre className="nth-code" data-testid="nth-code">
        <code>
          {`np.argmax(similarities)\n→ ${positions[best]}   # cosine ${similarities[best].toFixed(3)}\n`}
          {`np.argsort(similarities)[-${n}]\n→ ${positions[nth]}   # cosine ${similarities[nth].toFixed(3)}`}
        </code>
      </pre>
      <p className="muted">
        Positions count the listings from 0, like the rows of the notebook’s <code>job_embs</code>.
      </p>
      <ol className="result-list" start={n} aria-label={`Number ${n} by meaning`}>
        <ResultCard
          rank={n}
          listing={listings[positions[nth]]}
          score={similarities[nth]}
          scoreText={similarities[nth].toFixed(3)}
          barFraction={similarities[nth]}
          scoreLabel="cosine"
          inBoth={false}
          testId="nth-result"
        />
      </ol>
    </section>
  );
}
