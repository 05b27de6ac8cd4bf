import { useEffect, useRef, useState, type ReactNode } from 'react';
// eslint-disable-next-line import-x/no-restricted-paths -- known exception (merged from the instructor kit): the guess should reach the store through an onReveal prop; 15 call sites, left for a follow-up.
import { usePredictionStore, useRevealed } from '../state/predictionStore';

export interface PredictRevealProps {
  /**
   * Names the question: the class pulse reports the guess under it, and parts of the page that would
   * give the answer away wait for its reveal.
   */
  id: string;
  question: string;
  choices: readonly string[];
  /** Index of the right choice, or undefined when the answer depends on the data shown. */
  correct?: number;
  /** The answer. It is in the DOM from the start but hidden until the student has guessed. */
  children: ReactNode;
}

/**
 * "Predict, then reveal": the student commits to a guess before the answer appears. The answer sits in
 * a hidden element marked `data-predict-answer`, and its key facts in `AnswerKey`s, so a test can check
 * that no key fact is visible anywhere on the page before the reveal.
 */
export function PredictReveal({ id, question, choices, correct, children }: PredictRevealProps) {
  const [choice, setChoice] = useState<number | undefined>();
  const revealedGuess = usePredictionStore((s) => s.guesses[id]);
  const recordGuess = usePredictionStore((s) => s.recordGuess);
  const revealed = revealedGuess !== undefined;
  const guess = revealed ? revealedGuess : choice;
  const answer = useRef<HTMLDivElement>(null);
  const pressed = useRef(false);
  // The reveal button disappears once pressed; move focus to what it revealed instead of losing it.
  useEffect(() => {
    if (revealed && pressed.current) answer.current?.focus();
  }, [revealed]);
  return (
    <section
      className="predict"
      data-testid={`predict-${id}`}
      data-predict-question={id}
      aria-label="Predict, then reveal"
    >
      <p className="predict-question">
        <strong>Predict first:</strong> {question}
      </p>
      <fieldset disabled={revealed}>
        <legend className="visually-hidden">Your guess</legend>
        {choices.map((text, i) => (
          <label key={text} className="predict-choice">
            <input type="radio" name={`predict-${id}`} checked={guess === i} onChange={() => setChoice(i)} />{' '}
            {text}
          </label>
        ))}
      </fieldset>
      {!revealed && (
        <button
          type="button"
          disabled={choice === undefined}
          onClick={() => {
            if (choice === undefined) return;
            pressed.current = true;
            recordGuess(id, choice);
          }}
        >
          {choice === undefined ? 'Pick a guess to reveal the answer' : 'Reveal the answer'}
        </button>
      )}
      <div
        ref={answer}
        tabIndex={-1}
        hidden={!revealed}
        className="predict-answer"
        data-testid={`predict-${id}-answer`}
        data-predict-answer={id}
      >
        {revealed && correct !== undefined && (
          <p>
            <strong>
              {guess === correct ? 'Right!' : `Not quite: the answer is “${choices[correct]}”.`}
            </strong>
          </p>
        )}
        {children}
      </div>
    </section>
  );
}

/** A key fact of an answer (a number, a verdict): the spoiler test checks it is nowhere visible before the reveal. */
export function AnswerKey({ children }: { children: ReactNode }) {
  return <strong data-answer-key="">{children}</strong>;
}

/** Page content that would give away the answer to question `id`: a placeholder until the reveal. */
export function AfterReveal({ id, children }: { id: string; children: ReactNode }) {
  if (useRevealed(id)) return <>{children}</>;
  return <span className="muted after-reveal">(shown once you reveal your guess above)</span>;
}
