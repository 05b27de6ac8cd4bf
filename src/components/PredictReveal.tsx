import { useEffect, useRef, useState, type ReactNode } from 'react';
// eslint-disable-next-line import-x/no-restricted-paths -- known exception (merged from the instructor kit): the guess should reach the store through an onReveal prop; 15 call sites, left for a follow-up.
import { usePredictionStore } from '../state/predictionStore';

export interface PredictRevealProps {
  question: string;
  choices: readonly string[];
  /** Index of the right choice, or undefined when the answer depends on the data shown. */
  correct?: number;
  /** The answer, shown only after a guess. */
  children: ReactNode;
  testId?: string;
}

/** "Predict, then reveal": the student commits to a guess before the answer appears. */
export function PredictReveal({ question, choices, correct, children, testId }: PredictRevealProps) {
  const [guess, setGuess] = useState<number | undefined>();
  const [revealed, setRevealed] = useState(false);
  const answer = useRef<HTMLDivElement>(null);
  const recordGuess = usePredictionStore((s) => s.recordGuess);
  const reveal = () => {
    setRevealed(true);
    // The workshop's class pulse reports the guess by question id: the test id without "predict".
    if (testId && guess !== undefined) recordGuess(testId.replace(/^predict-|-predict$/, ''), guess);
  };
  // The reveal button disappears once pressed; move focus to what it revealed instead of losing it.
  useEffect(() => {
    if (revealed) answer.current?.focus();
  }, [revealed]);
  return (
    <section className="predict" data-testid={testId} aria-label="Predict, then reveal">
      <p className="predict-question">
        <strong>Predict first:</strong> {question}
      </p>
      <fieldset disabled={revealed}>
        <legend className="visually-hidden">Your guess</legend>
        {choices.map((choice, i) => (
          <label key={choice} className="predict-choice">
            <input type="radio" name={question} checked={guess === i} onChange={() => setGuess(i)} /> {choice}
          </label>
        ))}
      </fieldset>
      {!revealed && (
        <button type="button" disabled={guess === undefined} onClick={reveal}>
          {guess === undefined ? 'Pick a guess to reveal the answer' : 'Reveal the answer'}
        </button>
      )}
      {revealed && (
        <div
          ref={answer}
          tabIndex={-1}
          className="predict-answer"
          data-testid={testId ? `${testId}-answer` : undefined}
        >
          {correct !== undefined && (
            <p>
              <strong>
                {guess === correct ? 'Right!' : `Not quite: the answer is “${choices[correct]}”.`}
              </strong>
            </p>
          )}
          {children}
        </div>
      )}
    </section>
  );
}
