import { useId } from 'react';
import type { useClusters } from './useClusters';

const percent = (share: number) => `${(100 * share).toFixed(0)}%`;

/** k-means clusters of the 384-d vectors: the k control, the suggested k with its scores, and the table. */
export function ClusterSection({ clustering }: { clustering: ReturnType<typeof useClusters> }) {
  const kId = useId();
  const { choice, clusters, busy, maxK, error } = clustering;
  const k = clustering.k ?? 2;
  const onK = clustering.setK;
  return (
    <section aria-labelledby="clusters-heading">
      <h3 id="clusters-heading">Clusters with labels</h3>
      <p>
        k-means groups the listings by their full 384-dimensional vectors (not by the map), so the groups are
        the same whichever projection is shown. Each cluster is named by the words that are most typical of
        its listings compared with the others (class-based TF-IDF, common words left out): the labels are
        words from the data, never invented.
      </p>
      <div className="cluster-k">
        <label className="field" htmlFor={kId}>
          <span>Number of clusters k: {k}</span>
          <input
            id={kId}
            type="range"
            min={2}
            max={maxK}
            value={k}
            onChange={(e) => onK(Number(e.target.value))}
          />
        </label>
        {choice ? (
          <p data-testid="suggested-k" data-k={choice.suggested}>
            Suggested: <strong>k = {choice.suggested}</strong>, the k with the highest mean silhouette (how
            much closer each listing is to its own cluster than to the next one; −1 to 1, higher is better).{' '}
            <button type="button" className="button-quiet" onClick={() => onK(choice.suggested)}>
              Use k = {choice.suggested}
            </button>
          </p>
        ) : (
          <p className="muted">Scoring k = 2 to {maxK}…</p>
        )}
      </div>
      {choice && (
        <details>
          <summary>Scores for each k</summary>
          <table className="cluster-scores">
            <caption>
              Silhouette (higher is better) and inertia (the elbow: where it stops falling fast)
            </caption>
            <thead>
              <tr>
                <th scope="col">k</th>
                <th scope="col">Silhouette</th>
                <th scope="col">Inertia</th>
              </tr>
            </thead>
            <tbody>
              {choice.scores.map((score) => (
                <tr key={score.k} className={score.k === choice.suggested ? 'quality-shown' : undefined}>
                  <td>{score.k}</td>
                  <td className="number">{score.silhouette.toFixed(3)}</td>
                  <td className="number">{score.inertia.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {clusters ? (
        <table className="cluster-table" data-testid="cluster-table" aria-busy={busy}>
          <caption>
            {clusters.k} clusters. Purity: the share of a cluster that has its most frequent Job Title.
          </caption>
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col">Size</th>
              <th scope="col">Label</th>
              <th scope="col">Top three job titles</th>
              <th scope="col">Purity</th>
            </tr>
          </thead>
          <tbody>
            {clusters.summary.map((cluster, c) => (
              <tr key={c}>
                <td>{c + 1}</td>
                <td className="number">{cluster.size}</td>
                <td>{clusters.labels[c] || '(no words)'}</td>
                <td>{cluster.topTitles.map((t) => `${t.title} (${t.count})`).join(', ')}</td>
                <td className="number">{percent(cluster.purity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : error ? (
        <p className="notice notice-error" role="alert">
          Clustering failed: {error}
        </p>
      ) : (
        <p className="muted" role="status">
          Clustering…
        </p>
      )}
    </section>
  );
}
