import { useMemo } from 'react';
import { DownloadVectorsButton } from '../../components/DownloadVectorsButton';
import { AnswerKey, PredictReveal } from '../../components/PredictReveal';
import { useEmbeddings } from '../../hooks/useEmbeddings';
import { useReadyModel } from '../../hooks/useReadyModel';
import { cosineSimilarity, row } from '../../math/vector';
import { ANCHOR, OTHERS, SIMILAR_MEANING_QUESTION, SIMILAR_MEANING_CHOICES } from './predictText';

const TEXTS = [ANCHOR, ...OTHERS];

/** Checks, with the model running here, the claim that texts with similar meaning land near each other. */
export function SimilarMeaningQuestion() {
  const result = useEmbeddings(TEXTS);
  const model = useReadyModel();
  const [vectors, dims] = result.state === 'done' ? [result.vectors, result.dims] : [undefined, 0];
  const cosines = useMemo(() => {
    if (!vectors) return undefined;
    const anchor = row(vectors, dims, 0);
    return OTHERS.map((_, i) => cosineSimilarity(anchor, row(vectors, dims, i + 1)));
  }, [vectors, dims]);
  const nearer = cosines ? (cosines[0] > cosines[1] ? 0 : 1) : undefined;
  return (
    <PredictReveal
      id="similar-meaning"
      question={SIMILAR_MEANING_QUESTION}
      choices={SIMILAR_MEANING_CHOICES}
      correct={nearer}
    >
      {result.state === 'failed' && <p className="notice notice-error">Embedding failed: {result.message}</p>}
      {!cosines && result.state !== 'failed' && <p className="muted">Asking the model…</p>}
      {cosines && nearer !== undefined && (
        <p data-testid="similar-meaning-result">
          Cosine similarity with “{ANCHOR}”: <AnswerKey>{cosines[0].toFixed(3)}</AnswerKey> for “{OTHERS[0]}”
          and <AnswerKey>{cosines[1].toFixed(3)}</AnswerKey> for “{OTHERS[1]}” (1 would be the same
          direction). With this model,{' '}
          {nearer === 0
            ? 'the same meaning wins over the shared word'
            : 'the shared word wins over the same meaning'}
          . The “Similarity” lesson explains the measure and lets you test your own sentences.
        </p>
      )}
      {cosines && vectors && (
        <p>
          <DownloadVectorsButton
            model={model}
            filename="similar-meaning-vectors.json"
            texts={TEXTS}
            vectors={vectors}
            dims={dims}
          />
        </p>
      )}
    </PredictReveal>
  );
}
