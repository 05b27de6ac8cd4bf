import { AnswerKey } from '../../components/PredictReveal';
import { PRESETS } from './presets';
import { useAnalogy } from './useAnalogy';
import { analogyVerdict, verdictText } from './verdict';

export const KING = PRESETS[0];

/** The answer to "will king − man + woman land nearest to queen?", from the model running here. */
export function KingAnswer({ candidateText }: { candidateText: string }) {
  const result = useAnalogy(KING, candidateText);
  if (result.state === 'failed')
    return <p className="notice notice-error">Embedding failed: {result.message}</p>;
  if (result.state !== 'done') return <p className="muted">Asking the model…</p>;
  const { scores, candidates } = result;
  const nearest = candidates[scores.nearest[0]];
  const expression = `${KING.a} − ${KING.b} + ${KING.c}`;
  return (
    <p data-testid="king-answer">
      With this model, {scores.rank === 1 ? <strong>yes</strong> : <strong>no</strong>}: {KING.d} is{' '}
      <AnswerKey>
        number {scores.rank} of {scores.ranked}
      </AnswerKey>{' '}
      candidates
      {scores.rank === 1 ? '' : `, and the nearest is “${nearest}”`}. Its cosine with {expression} is{' '}
      {scores.after.toFixed(3)}, against {scores.baseline.toFixed(3)} for {KING.c} alone.{' '}
      <AnswerKey>{verdictText(analogyVerdict(scores), KING, expression)}</AnswerKey> The king preset below now
      shows the details.
    </p>
  );
}
