import { useMemo, useState } from 'react';
import { ColorLegend } from '../../charts/ColorLegend';
import { Heatmap } from '../../charts/Heatmap';
import { sequentialScale } from '../../charts/colorScales';
import { CosineScaleNote } from '../../components/CosineContext';
import { DownloadVectorsButton } from '../../components/DownloadVectorsButton';
import { useCosineBaseline } from '../../hooks/useCosineBaseline';
import { useReadyModel } from '../../hooks/useReadyModel';
import { useEmbeddings } from '../../hooks/useEmbeddings';
import {
  extremePairs,
  isDistance,
  METRICS,
  offDiagonalExtent,
  similarityMatrix,
  type Metric,
} from '../../math/similarity';
import { METRIC_HINTS, METRIC_NAMES } from './metricText';
import { NeighbourRanking } from './NeighbourRanking';
import { DEFAULT_SENTENCES, MAX_SENTENCES, sentenceLines } from './sentences';

const CELL = 58;

/** The student's sentences, embedded by the real model, compared pair by pair. */
export function SentenceSimilarity() {
  const [text, setText] = useState(DEFAULT_SENTENCES);
  const [metric, setMetric] = useState<Metric>('cosine');
  const [from, setFrom] = useState(0);
  const { sentences, dropped } = useMemo(() => sentenceLines(text), [text]);
  const result = useEmbeddings(sentences);

  return (
    <>
      <label className="field">
        <span>Your sentences (one per line, up to {MAX_SENTENCES})</span>
        <textarea
          data-testid="sentences-input"
          value={text}
          rows={6}
          maxLength={8000}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {dropped > 0 && (
        <p className="notice notice-warn">
          Only the first {MAX_SENTENCES} lines are used; {dropped} more{' '}
          {dropped === 1 ? 'line is' : 'lines are'} left out.
        </p>
      )}
      {sentences.length === 0 && <p className="muted">Type a sentence or two to compare them.</p>}
      {sentences.length > 0 && result.state === 'waiting' && <p className="muted">Waiting for the model…</p>}
      {result.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          Embedding failed: {result.message}
        </p>
      )}
      {sentences.length > 0 && result.state === 'done' && (
        <SimilarityResults
          texts={result.texts}
          vectors={result.vectors}
          dims={result.dims}
          stale={result.stale}
          metric={metric}
          onMetric={setMetric}
          from={Math.min(from, result.texts.length - 1)}
          onFrom={setFrom}
        />
      )}
    </>
  );
}

function SimilarityResults({
  texts,
  vectors,
  dims,
  stale,
  metric,
  onMetric,
  from,
  onFrom,
}: {
  texts: string[];
  vectors: Float32Array;
  dims: number;
  stale: boolean;
  metric: Metric;
  onMetric: (metric: Metric) => void;
  from: number;
  onFrom: (index: number) => void;
}) {
  const model = useReadyModel();
  const n = texts.length;
  const baseline = useCosineBaseline();
  const matrix = useMemo(() => similarityMatrix(vectors, dims, metric), [vectors, dims, metric]);
  const cosines = useMemo(() => similarityMatrix(vectors, dims, 'cosine'), [vectors, dims]);
  // The diagonal (each sentence with itself) would stretch the scale and flatten every real pair.
  const [min, max] = useMemo(() => offDiagonalExtent(matrix, n), [matrix, n]);
  const color = useMemo(() => {
    // Bright always means "alike": distances get the scale reversed.
    const scale = isDistance(metric) ? sequentialScale(max, min) : sequentialScale(min, max);
    return (value: number) => scale(value);
  }, [metric, min, max]);
  const extremes = extremePairs(matrix, n, metric);
  const name = METRIC_NAMES[metric];
  const quote = (i: number) => `${i + 1}. “${texts[i]}”`;

  return (
    <div data-testid="similarity-result" aria-busy={stale} className={stale ? 'stale' : undefined}>
      <fieldset className="metric-switch">
        <legend>Compare with</legend>
        {METRICS.map((m) => (
          <label key={m}>
            <input type="radio" name="metric" checked={metric === m} onChange={() => onMetric(m)} />{' '}
            {METRIC_NAMES[m]}
          </label>
        ))}
      </fieldset>
      <p className="muted">{METRIC_HINTS[metric]}</p>
      <div className="similarity-matrix">
        <Heatmap
          values={matrix}
          cols={n}
          color={color}
          label={`${name} between every pair of your ${n} sentences`}
          cellWidth={CELL}
          cellHeight={34}
          rowLabels={texts.map((t, i) => `${i + 1}. ${t}`)}
          colLabels={texts.map((_, i) => String(i + 1))}
          showValues
          describeCell={(cell) =>
            `${quote(cell.row)} vs ${quote(cell.col)}: ${name.toLowerCase()} ${cell.value.toFixed(3)}`
          }
          testId="similarity-heatmap"
        />
      </div>
      <ColorLegend color={color} min={min} max={max} label={`${name} colour scale`} />
      <p className="muted">
        Colours span the pairs of different sentences; each sentence with itself gets the brightest colour.
      </p>
      {extremes && (
        <p data-testid="similarity-summary">
          Closest pair: {quote(extremes.closest[0])} and {quote(extremes.closest[1])} (
          {matrix[extremes.closest[0] * n + extremes.closest[1]].toFixed(3)}). Farthest pair:{' '}
          {quote(extremes.farthest[0])} and {quote(extremes.farthest[1])} (
          {matrix[extremes.farthest[0] * n + extremes.farthest[1]].toFixed(3)}).
        </p>
      )}
      <h3>Nearest neighbours</h3>
      <label className="field">
        <span>Rank the other sentences by how close they are to</span>
        <select value={from} onChange={(e) => onFrom(Number(e.target.value))}>
          {texts.map((t, i) => (
            <option key={i} value={i}>
              {i + 1}. {t}
            </option>
          ))}
        </select>
      </label>
      <NeighbourRanking
        sentences={texts}
        from={from}
        metric={metric}
        values={matrix.subarray(from * n, (from + 1) * n)}
        cosines={cosines.subarray(from * n, (from + 1) * n)}
        baseline={baseline}
      />
      {baseline ? (
        <CosineScaleNote baseline={baseline} />
      ) : (
        <p className="muted" data-testid="cosine-scale-note">
          Is a cosine of 0.45 high? That depends on the model and the texts: a score means something only next
          to the scores of other pairs. Embed the job listings on the search page, and each cosine here also
          gets its percentile among pairs of those listings.
        </p>
      )}
      <p>
        <DownloadVectorsButton
          model={model}
          filename="sentence-vectors.json"
          texts={texts}
          vectors={vectors}
          dims={dims}
        />
      </p>
    </div>
  );
}
