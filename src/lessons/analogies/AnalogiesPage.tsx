import { useState } from 'react';
import { PredictReveal } from '../../components/PredictReveal';
import { useRevealed } from '../../state/predictionStore';
import { AnalogyResult } from './AnalogyResult';
import { KING, KingAnswer } from './KingAnswer';
import { DEFAULT_CANDIDATES, PRESETS, type AnalogyWords } from './presets';
import { useAnalogy } from './useAnalogy';
import './analogies.css';
import { AnalogiesExercise } from './AnalogiesExercise';

const FIELDS: { key: keyof AnalogyWords; label: string }[] = [
  { key: 'a', label: 'A: start with' },
  { key: 'b', label: 'B: subtract' },
  { key: 'c', label: 'C: add' },
  { key: 'd', label: 'D: expected' },
];

const QUESTION = 'king';

const sameWords = (x: AnalogyWords, y: AnalogyWords) => FIELDS.every(({ key }) => x[key] === y[key]);

export function AnalogiesPage() {
  const [words, setWords] = useState<AnalogyWords>(PRESETS[0]);
  const [candidateText, setCandidateText] = useState(DEFAULT_CANDIDATES);
  const result = useAnalogy(words, candidateText);
  // The king preset's numbers are the answer to the question above: they wait for the reveal.
  const revealed = useRevealed(QUESTION);
  const hiddenAnswer = sameWords(words, KING) && !revealed;

  return (
    <article className="lesson">
      <h1>Analogies</h1>
      <p>
        Word vectors (word2vec, 2013) made a trick famous: take the vector for <em>king</em>, subtract{' '}
        <em>man</em>, add <em>woman</em>, and the nearest word is <em>queen</em>. Does a sentence model do the
        same? Try it, and judge by the numbers, not by the hope.
      </p>
      <PredictReveal
        id={QUESTION}
        question="Will king − man + woman land nearest to queen (among the candidate words below)?"
        choices={['Yes, queen will be the nearest', 'No, another word will be nearer']}
      >
        <KingAnswer candidateText={candidateText} />
      </PredictReveal>

      <section aria-labelledby="analogy-heading">
        <h2 id="analogy-heading">1. A − B + C, compared with D</h2>
        <div className="analogy-presets" role="group" aria-label="Presets">
          {PRESETS.map((preset) => (
            <button
              key={preset.a}
              type="button"
              aria-pressed={sameWords(preset, words)}
              onClick={() => setWords(preset)}
            >
              {preset.a} − {preset.b} + {preset.c} → {preset.d}?
            </button>
          ))}
        </div>
        <div className="analogy-inputs">
          {FIELDS.map(({ key, label }) => (
            <label key={key} className="field">
              <span>{label}</span>
              <input
                value={words[key]}
                maxLength={200}
                onChange={(e) => setWords({ ...words, [key]: e.target.value })}
              />
            </label>
          ))}
        </div>
        {result.state === 'incomplete' && <p className="muted">Fill in all four boxes.</p>}
        {result.state === 'waiting' && <p className="muted">Waiting for the model…</p>}
        {result.state === 'failed' && (
          <p className="notice notice-error" role="alert">
            Embedding failed: {result.message}
          </p>
        )}
        {result.state === 'done' && hiddenAnswer && (
          <p className="notice" data-testid="analogy-after-reveal">
            These are the words of the question above: make your guess and reveal it first, then the numbers
            appear here. Or pick another preset.
          </p>
        )}
        {result.state === 'done' && !hiddenAnswer && <AnalogyResult result={result} />}
      </section>

      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">2. The candidates</h2>
        <p>
          D is ranked among these words (D itself is always included). Add your own distractors, one per line,
          and see whether D keeps its place.
        </p>
        <label className="field">
          <span>Candidate words (one per line)</span>
          <textarea
            value={candidateText}
            rows={8}
            maxLength={20000}
            onChange={(e) => setCandidateText(e.target.value)}
          />
        </label>
      </section>
      <AnalogiesExercise />
    </article>
  );
}
