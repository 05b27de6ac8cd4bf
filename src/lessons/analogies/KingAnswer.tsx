import { PRESETS } from './presets';
import { useAnalogy } from './useAnalogy';
import { analogyVerdict } from './verdict';

const KING = PRESETS[0];

/** The answer to "will king − man + woman land nearest to queen?", computed only once revealed. */
export function KingAnswer({ candidateText }: { candidateText: string }) {
  const result = useAnalogy(KING, candidateText);
  if (result.state === 'failed')
    return <p className="notice notice-error">Embedding failed: {result.message}</p>;
  if (result.state !== 'done') return <p className="muted">Asking the model…</p>;
  const { scores, candidates } = result;
  const nearest = candidates[scores.nearest[0]];
  return (
    <p data-testid="king-answer">
      With this model, {scores.rank === 1 ? <strong>yes</strong> : <strong>no</strong>}: queen is number{' '}
      {scores.rank} of {scores.ranked} candidates
      {scores.rank === 1 ? '' : `, and the nearest is “${nearest}”`}. Its cosine with king − man + woman is{' '}
      {scores.after.toFixed(3)}, against {scores.baseline.toFixed(3)} for woman alone
      {analogyVerdict(scores) === 'not-closer' ? ', so the arithmetic did not help.' : '.'} The king preset
      below shows the details.
    </p>
  );
}
