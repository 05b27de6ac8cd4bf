import { useMemo, useState, type ReactNode } from 'react';
import { CosineContext, CosineScaleNote } from '../../components/CosineContext';
import { useCosineBaseline } from '../../hooks/useCosineBaseline';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useEmbeddings } from '../../hooks/useEmbeddings';
import { listings, ProvenanceNotice, useComparableVectors, useListingsStore } from '../../features/listings';
import { NthMostSimilar } from './NthMostSimilar';
import { ResultCard } from './ResultCard';
import { WhyMatch } from './WhyMatch';
import { topHits, useEmbeddedPositions, useKeywordHits, useSimilarities, type Hit } from './useRankings';

const EXAMPLES = [
  'I need some Python for AI',
  'caring for patients at night',
  'build apps for iPhones',
  'keeping the books balanced',
];
const K_CHOICES = [3, 5, 10, 20];
const DEBOUNCE_MS = 250;

function HitList({
  hits,
  label,
  testId,
  shared,
  scoreLabel,
  format,
  barOf,
  contextOf,
  explainWith,
}: {
  hits: Hit[];
  label: string;
  testId: string;
  shared: Set<number>;
  scoreLabel: string;
  format: (score: number) => string;
  barOf: (score: number) => number;
  contextOf?: (score: number) => ReactNode;
  /** The query's vector, to explain each hit by removing its sentences. */
  explainWith?: Float32Array;
}) {
  const listings = useListingsStore((s) => s.dataset?.listings);
  if (!listings) return null;
  return (
    <ol className="result-list" aria-label={label}>
      {hits.map((hit, i) => (
        <ResultCard
          key={hit.position}
          rank={i + 1}
          listing={listings[hit.position]}
          score={hit.score}
          scoreText={format(hit.score)}
          barFraction={barOf(hit.score)}
          scoreLabel={scoreLabel}
          inBoth={shared.has(hit.position)}
          testId={testId}
          scoreContext={contextOf?.(hit.score)}
        >
          {explainWith && <WhyMatch text={listings[hit.position].text} query={explainWith} />}
        </ResultCard>
      ))}
    </ol>
  );
}

/** Step 3: a query box, and two rankings side by side: by meaning and by words. */
export function SearchPanel() {
  const query = useListingsStore((s) => s.query);
  const { setQuery } = listings;
  const [k, setK] = useState(5);
  const dataset = useListingsStore((s) => s.dataset);
  const jobRunning = useListingsStore((s) => s.job.phase === 'running');
  // The one provenance rule: a query from the running model meets only vectors it may be compared with.
  const comparable = useComparableVectors();
  const vectors = comparable.ok ? comparable.vectors : undefined;
  const usable = vectors !== undefined;

  const queryEmbedding = useEmbeddings(usable && query.trim() ? [query] : [], DEBOUNCE_MS);
  const queryVector =
    queryEmbedding.state === 'done' && usable && query.trim() ? queryEmbedding.vectors : undefined;
  const keywordQuery = useDebouncedValue(query, DEBOUNCE_MS);

  const positions = useEmbeddedPositions(usable ? vectors : undefined);
  const similarities = useSimilarities(usable ? vectors : undefined, positions, queryVector);
  const semanticHits = useMemo(
    () => (similarities ? topHits(positions, similarities, k) : []),
    [similarities, positions, k],
  );
  const { hits: keywordHits, indexing } = useKeywordHits(
    dataset?.listings,
    vectors?.rowCount ?? 0,
    positions,
    usable ? keywordQuery : '',
    k,
  );
  const shared = useMemo(() => {
    const keywordPositions = new Set(keywordHits.map((hit) => hit.position));
    return new Set(semanticHits.map((hit) => hit.position).filter((p) => keywordPositions.has(p)));
  }, [semanticHits, keywordHits]);
  const topKeywordScore = keywordHits[0]?.score ?? 1;
  const stale = queryEmbedding.state === 'done' && queryEmbedding.stale;
  const baseline = useCosineBaseline();

  return (
    <section aria-labelledby="search-heading" className="search-step">
      <h2 id="search-heading">3. Search by meaning</h2>
      <p>
        Your query becomes a vector too. Its cosine similarity with every listing’s vector says how close they
        are in meaning: 1 is the same direction, 0 unrelated. The vectors all have length 1, so this is the
        notebook’s <code>job_embs.dot(query)</code>. Beside it, a classic keyword search (BM25) ranks the same
        rows by shared words.
      </p>
      <label className="field">
        <span>Search the listings</span>
        <textarea
          data-testid="search-input"
          rows={2}
          value={query}
          placeholder="e.g. I need some Python for AI"
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <div className="search-options">
        <span className="muted">Try one, and judge what comes back (good or bad):</span>
        {EXAMPLES.map((example) => (
          <button key={example} type="button" className="chip" onClick={() => setQuery(example)}>
            {example}
          </button>
        ))}
        <label className="k-choice">
          Show top{' '}
          <select value={k} onChange={(e) => setK(Number(e.target.value))}>
            {K_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </label>
      </div>

      {!comparable.ok &&
        (comparable.reason === 'provenance' ? (
          <ProvenanceNotice message={comparable.message} />
        ) : (
          <p className="notice" role="status">
            Embed some listings first (step 2); then type a query.
          </p>
        ))}
      {usable && queryEmbedding.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          Could not embed the query: {queryEmbedding.message}
        </p>
      )}
      {usable && query.trim() !== '' && (
        <>
          <p className="muted" data-testid="search-scope">
            Ranking the {positions.length} embedded rows
            {vectors.embeddedCount < vectors.rowCount &&
              ` (of ${vectors.rowCount}; ${jobRunning ? 'more arrive as they are embedded' : 'press Embed to add the rest'})`}
            .{' '}
            {semanticHits.length > 0 && keywordHits.length > 0 && (
              <strong>
                {shared.size} of the top {Math.min(k, semanticHits.length)} by meaning{' '}
                {shared.size === 1 ? 'is' : 'are'} also in the keyword list (◆).
              </strong>
            )}
          </p>
          <div className={`result-columns${stale ? ' stale' : ''}`} aria-busy={stale}>
            <div>
              <h3>By meaning (cosine similarity)</h3>
              {semanticHits.length === 0 && <p className="muted">Embedding the query…</p>}
              <HitList
                hits={semanticHits}
                label="Results by meaning"
                testId="search-result"
                shared={shared}
                scoreLabel="cosine"
                format={(score) => score.toFixed(3)}
                barOf={(score) => score}
                contextOf={baseline && ((score) => <CosineContext cosine={score} baseline={baseline} />)}
                explainWith={queryVector}
              />
            </div>
            <div>
              <h3>By words (BM25)</h3>
              {indexing && <p className="muted">Indexing the words of {vectors.rowCount} rows…</p>}
              {!indexing && keywordHits.length === 0 && (
                <p className="muted">
                  None of these rows contains any word of the query. Meaning-based search still finds the
                  closest ones.
                </p>
              )}
              <HitList
                hits={keywordHits}
                label="Results by words"
                testId="keyword-result"
                shared={shared}
                scoreLabel="BM25"
                format={(score) => score.toFixed(2)}
                barOf={(score) => score / topKeywordScore}
              />
            </div>
          </div>
          {baseline && <CosineScaleNote baseline={baseline} />}
          {similarities && <NthMostSimilar positions={positions} similarities={similarities} />}
        </>
      )}
    </section>
  );
}
