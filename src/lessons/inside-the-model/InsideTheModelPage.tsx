import { useState } from 'react';
import { useInspection } from '../../hooks/useInspection';
import { PoolingSteps } from './PoolingSteps';
import { TokenStep } from './TokenStep';
import { TokenVectorsStep } from './TokenVectorsStep';
import './inside-the-model.css';
import { InsideTheModelExercise } from './InsideTheModelExercise';

const MAX_CHARS = 20000;
const DEFAULT_TEXT = 'The cat sat on the warm windowsill.';
const EXAMPLES: readonly { name: string; text: string }[] = [
  { name: 'A short sentence', text: DEFAULT_TEXT },
  {
    name: 'A very long text',
    text: `${DEFAULT_TEXT} `.repeat(Math.ceil(MAX_CHARS / (DEFAULT_TEXT.length + 1))).slice(0, MAX_CHARS),
  },
  { name: 'Emoji and other scripts', text: 'I ❤️ 東京 and Москва 🙂' },
];

export function InsideTheModelPage() {
  const [text, setText] = useState(DEFAULT_TEXT);
  const result = useInspection(text);
  return (
    <article className="lesson">
      <h1>Inside the model</h1>
      <p>
        “Your first embedding” showed what goes in and what comes out. Here is what happens in between, step
        by step, for one text. Every number on this page comes from the model running in your browser.
      </p>
      <label className="field">
        <span>Your text</span>
        <textarea
          data-testid="inside-input"
          value={text}
          rows={3}
          maxLength={MAX_CHARS}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="inside-examples">
        <span className="muted">Try:</span>
        {EXAMPLES.map((example) => (
          <button
            key={example.name}
            type="button"
            className="example-button"
            onClick={() => setText(example.text)}
          >
            {example.name}
          </button>
        ))}
        <span className="muted" data-testid="char-count">
          {text.length.toLocaleString('en-US')} of {MAX_CHARS.toLocaleString('en-US')} characters
          {text.length >= MAX_CHARS ? ' (the box is full)' : ''}
        </span>
      </div>

      {result.state === 'empty' && <p className="muted">Type some text to look inside the model.</p>}
      {result.state === 'waiting' && <p className="muted">Waiting for the model…</p>}
      {result.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          The model could not read this text: {result.message}
        </p>
      )}
      {result.state === 'done' && (
        <div
          data-testid="inside-result"
          aria-busy={result.stale}
          className={result.stale ? 'stale' : undefined}
        >
          <TokenStep inspection={result.inspection} />
          <TokenVectorsStep inspection={result.inspection} />
          <PoolingSteps inspection={result.inspection} />
        </div>
      )}
      <InsideTheModelExercise />
    </article>
  );
}
