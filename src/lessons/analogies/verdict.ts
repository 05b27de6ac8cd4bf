import type { AnalogyWords } from './presets';
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

/** The verdict in words, for the expression A − B + C and the expected word D. */
export function verdictText(verdict: Verdict, { c, d }: AnalogyWords, expression: string): string {
  switch (verdict) {
    case 'worked':
      return `It worked: ${expression} is closer to ${d} than ${c} alone is, and ${d} is the nearest candidate.`;
    case 'closer-not-first':
      return `Half-way: ${expression} is closer to ${d} than ${c} alone is, but other candidates are closer still.`;
    case 'not-closer':
      return `It did not really work: ${c} alone is at least as close to ${d} as ${expression} is. The arithmetic added nothing.`;
  }
}
