import type { AnalogyScores } from '../../math/analogy';

/**
 * Did A − B + C really point at D? It has to beat the baseline (C alone), or the arithmetic added
 * nothing; and D should then be the nearest candidate.
 */
export type Verdict = 'worked' | 'closer-not-first' | 'not-closer';

export function analogyVerdict({
  after,
  baseline,
  rank,
}: Pick<AnalogyScores, 'after' | 'baseline' | 'rank'>): Verdict {
  if (after <= baseline) return 'not-closer';
  return rank === 1 ? 'worked' : 'closer-not-first';
}
