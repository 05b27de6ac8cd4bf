import { useMemo } from 'react';
import { useEmbeddings } from '../../hooks/useEmbeddings';
import { evaluateAnalogy, type AnalogyScores } from '../../math/analogy';
import { row } from '../../math/vector';
import { candidateWords, excludedCandidates } from './candidatePool';
import type { AnalogyWords } from './presets';

export const NEAREST_COUNT = 5;

export type AnalogyState =
  | { state: 'incomplete' | 'waiting' }
  | { state: 'failed'; message: string }
  | {
      state: 'done';
      words: AnalogyWords;
      /** Candidate words; index 0 is D. */
      candidates: string[];
      exclude: number[];
      vectors: {
        a: Float32Array;
        b: Float32Array;
        c: Float32Array;
        d: Float32Array;
        candidates: Float32Array[];
      };
      scores: AnalogyScores;
      stale: boolean;
    };

/**
 * Embeds A, B, C and the candidates (D first) in one request: texts = [A, B, C, D, …others], so a
 * result, even a stale one, carries the words it was computed for.
 */
export function useAnalogy(input: AnalogyWords, candidateText: string): AnalogyState {
  const a = input.a.trim();
  const b = input.b.trim();
  const c = input.c.trim();
  const d = input.d.trim();
  const complete = a !== '' && b !== '' && c !== '' && d !== '';
  const texts = useMemo(
    () => (complete ? [a, b, c, ...candidateWords(candidateText, d)] : []),
    [complete, a, b, c, d, candidateText],
  );
  const embedded = useEmbeddings(texts);
  const done = embedded.state === 'done' ? embedded : undefined;
  // The hook hands back a new object each render; these three only change with a new result.
  const [t, vectors, dims] = [done?.texts, done?.vectors, done?.dims ?? 0];
  const computed = useMemo(() => {
    if (!t || !vectors) return undefined;
    const words = { a: t[0], b: t[1], c: t[2], d: t[3] };
    const candidates = t.slice(3);
    const exclude = excludedCandidates(candidates, words);
    const candidateVectors = candidates.map((_, i) => row(vectors, dims, 3 + i));
    const four = {
      a: row(vectors, dims, 0),
      b: row(vectors, dims, 1),
      c: row(vectors, dims, 2),
      d: candidateVectors[0],
    };
    const scores = evaluateAnalogy(four, candidateVectors, 0, exclude, NEAREST_COUNT);
    return { words, candidates, exclude, vectors: { ...four, candidates: candidateVectors }, scores };
  }, [t, vectors, dims]);

  if (!complete) return { state: 'incomplete' };
  if (embedded.state === 'failed') return embedded;
  if (!computed || !done) return { state: 'waiting' };
  return { state: 'done', ...computed, stale: done.stale };
}
