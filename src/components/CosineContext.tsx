import type { CosineBaseline } from '../hooks/useCosineBaseline';
import { percentileIn, percentileText } from '../math/pairBaseline';

/** "higher than 97 % of random listing pairs · 40th percentile of same-title pairs" for one cosine. */
export function CosineContext({ cosine, baseline }: { cosine: number; baseline: CosineBaseline }) {
  const random = percentileIn(baseline.random, cosine);
  const sameTitle = percentileIn(baseline.sameTitle, cosine);
  if (random === undefined) return null;
  return (
    <span className="cosine-context" data-testid="cosine-context" data-percentile-random={random}>
      {percentileText(random)} percentile of random listing pairs
      {sameTitle !== undefined && (
        <span data-percentile-same-title={sameTitle}> · {percentileText(sameTitle)} of same-title pairs</span>
      )}
    </span>
  );
}

/** The lesson: a cosine means something only against this model's usual range. */
export function CosineScaleNote({ baseline }: { baseline: CosineBaseline }) {
  const median = baseline.random[Math.floor(baseline.random.length / 2)];
  const p95 = baseline.random[Math.floor(baseline.random.length * 0.95)];
  return (
    <p className="muted" data-testid="cosine-scale-note">
      Is a cosine of 0.45 high? It depends on the model. Among random pairs of the {baseline.rows} loaded
      listings, half score below <strong>{median.toFixed(2)}</strong> and 95 % below{' '}
      <strong>{p95.toFixed(2)}</strong>, so a score above that is rare for this model, even if it looks small
      next to 1. The percentiles compare each score with those pairs, and with pairs of listings that share a
      job title.
    </p>
  );
}
