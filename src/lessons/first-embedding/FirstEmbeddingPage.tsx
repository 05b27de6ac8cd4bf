import { useState } from 'react';
import { downloadJson } from '../../components/download';
import { formatMs } from '../../components/format';
import { TokenList } from '../../components/TokenList';
import { VectorNumbers } from '../../components/VectorNumbers';
import { useInspection } from '../../hooks/useInspection';
import { useEngineStore } from '../../state/engineStore';
import { FirstEmbeddingExercise } from './FirstEmbeddingExercise';
import { SimilarMeaningQuestion } from './SimilarMeaningQuestion';

const DEFAULT_TEXT = 'Embeddings turn text into numbers that capture meaning.';

export function FirstEmbeddingPage() {
  const [text, setText] = useState(DEFAULT_TEXT);
  const result = useInspection(text);
  const status = useEngineStore((s) => s.status);

  const download = () => {
    if (result.state !== 'done' || status.phase !== 'ready') return;
    const { info } = status;
    downloadJson('embedding.json', {
      model: info.modelId,
      dtype: info.dtype,
      device: info.device,
      text: result.text,
      tokens: result.inspection.tokens.map((t) => t.text),
      vector: Array.from(result.inspection.vector),
    });
  };

  return (
    <article className="lesson">
      <h1>Your first embedding</h1>
      <p>
        An <em>embedding model</em> reads a piece of text and answers with a fixed-length list of numbers: a
        point in a space with hundreds of dimensions. Type anything below and watch the numbers change.
      </p>
      <SimilarMeaningQuestion />
      <label className="field">
        <span>Your text</span>
        <textarea
          data-testid="first-embedding-input"
          value={text}
          rows={3}
          maxLength={20000}
          onChange={(e) => setText(e.target.value)}
        />
      </label>

      {result.state === 'empty' && <p className="muted">Type some text to embed it.</p>}
      {result.state === 'waiting' && <p className="muted">Waiting for the model…</p>}
      {result.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          Embedding failed: {result.message}
        </p>
      )}
      {result.state === 'done' && (
        <div
          data-testid="embedding-result"
          aria-busy={result.stale}
          className={result.stale ? 'stale' : undefined}
        >
          <section aria-labelledby="tokens-heading">
            <h2 id="tokens-heading">1. Word pieces</h2>
            <p>
              The tokenizer splits the text into <strong>word pieces</strong> from a fixed vocabulary. Rare
              words become several pieces (<code>##</code> marks a piece that continues a word).{' '}
              <code>[CLS]</code> and <code>[SEP]</code> mark the start and end.
            </p>
            <TokenList tokens={result.inspection.tokens} />
            <p data-testid="token-count">
              {result.inspection.tokens.length} tokens kept
              {result.inspection.fullTokenCount > result.inspection.tokens.length
                ? ` of ${result.inspection.fullTokenCount}: the model reads at most 256, so the rest of the text was cut off and does not count.`
                : ' (the whole text; the model reads at most 256).'}
            </p>
          </section>
          <section aria-labelledby="vector-heading">
            <h2 id="vector-heading">2. The vector</h2>
            <p>
              The model gives each piece a vector, averages them, and scales the result to length 1. That
              final list is the embedding. Computed in{' '}
              <span data-testid="embed-time">{formatMs(result.inspection.ms)}</span>.
            </p>
            <VectorNumbers vector={result.inspection.vector} />
            <p>
              <button type="button" onClick={download}>
                Download vector (JSON)
              </button>
            </p>
          </section>
        </div>
      )}
      <FirstEmbeddingExercise />
    </article>
  );
}
