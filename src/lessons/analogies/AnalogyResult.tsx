import { downloadJson } from '../../components/download';
import { RankedList } from '../../components/RankedList';
import { useEngineStore } from '../../state/engineStore';
import { CosineBars } from './CosineBars';
import type { AnalogyState } from './useAnalogy';
import { analogyVerdict, verdictText } from './verdict';

type Done = Extract<AnalogyState, { state: 'done' }>;

/** The before / baseline / after cosines, D's rank, the nearest candidates and a plain verdict. */
export function AnalogyResult({ result }: { result: Done }) {
  const { words, candidates, vectors, scores, stale } = result;
  const status = useEngineStore((s) => s.status);
  const verdict = analogyVerdict(scores);
  const expression = `${words.a} − ${words.b} + ${words.c}`;

  const download = () => {
    if (status.phase !== 'ready') return;
    const item = (text: string, vector: Float32Array) => ({ text, vector: Array.from(vector) });
    downloadJson('analogy-vectors.json', {
      model: status.info.modelId,
      dtype: status.info.dtype,
      a: item(words.a, vectors.a),
      b: item(words.b, vectors.b),
      c: item(words.c, vectors.c),
      d: item(words.d, vectors.d),
      candidates: candidates.map((text, i) => item(text, vectors.candidates[i])),
    });
  };

  return (
    <div data-testid="analogy-result" aria-busy={stale} className={stale ? 'stale' : undefined}>
      <CosineBars
        label={`Cosine similarity with ${words.d}: before, with ${words.c} alone, and after the arithmetic`}
        bars={[
          {
            label: 'Before',
            detail: `cos(${words.a}, ${words.d})`,
            value: scores.before,
            testId: 'analogy-before',
          },
          {
            label: 'C alone',
            detail: `cos(${words.c}, ${words.d})`,
            value: scores.baseline,
            testId: 'analogy-baseline',
          },
          {
            label: 'After',
            detail: `cos(${expression}, ${words.d})`,
            value: scores.after,
            testId: 'analogy-after',
          },
        ]}
      />
      <p className="muted">
        {expression} has length{' '}
        <span data-testid="analogy-offset-length">{scores.offsetLength.toFixed(3)}</span>, not 1. We scale it
        to length 1 before comparing, so “after” is a true cosine; a plain dot product with the unscaled
        vector would not be.
      </p>
      <p data-testid="analogy-rank-line">
        <strong>{words.d}</strong> is number <strong data-testid="analogy-rank">{scores.rank}</strong> of{' '}
        <span data-testid="analogy-ranked">{scores.ranked}</span> candidates, ordered by cosine with{' '}
        {expression} ({words.a}, {words.b} and {words.c} themselves are left out).
      </p>
      <h3>Nearest candidates to {expression}</h3>
      <RankedList
        items={scores.nearest}
        keyOf={(index) => index}
        className="analogy-nearest"
        data-testid="analogy-nearest"
      >
        {(index) => (
          <span className={index === 0 ? 'analogy-target' : undefined}>
            {candidates[index]} {index === 0 && <strong>(D)</strong>}{' '}
            <code>{scores.cosines[index].toFixed(3)}</code>
          </span>
        )}
      </RankedList>
      <p className={`notice ${verdict === 'worked' ? '' : 'notice-warn'}`} data-testid="analogy-verdict">
        <strong>{verdictText(verdict, words, expression)}</strong>
        {verdict !== 'worked' && (
          <>
            {' '}
            Sentence models are not word2vec: this one was trained to place whole sentences with the same
            meaning close together, not to make word differences line up, so the famous word-vector analogies
            often fail here.
          </>
        )}
      </p>
      <p>
        <button type="button" onClick={download}>
          Download vectors (JSON)
        </button>
      </p>
    </div>
  );
}
