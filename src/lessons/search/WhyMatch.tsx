import { useEffect, useState } from 'react';
import { embeddingClient } from '../../embedding/client';
import { MAX_TOKENS } from '../../embedding/truncation';
import { isAbortError } from '../../workers/abort';
import { mostImportant, sentenceRemovalScores, type SentenceScores } from '../../math/sentenceRemoval';

type Outcome = { text: string; query: Float32Array } & ({ scores: SentenceScores } | { message: string });

/**
 * "Why is this a match?": removes each sentence in turn and shows how much the cosine with the
 * query drops. The variants are embedded in the worker in batches; closing the panel, a new query or
 * Cancel aborts the request.
 */
export function WhyMatch({ text, query }: { text: string; query: Float32Array }) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const current = outcome?.text === text && outcome.query === query ? outcome : undefined;
  useEffect(() => {
    if (!open || current) return;
    const controller = new AbortController();
    const embed = async (texts: string[]) =>
      (await embeddingClient.embedTexts(texts, { signal: controller.signal })).vectors;
    sentenceRemovalScores(text, query, embed)
      .then((scores) => setOutcome({ text, query, scores }))
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        setOutcome({ text, query, message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [open, current, text, query]);

  return (
    <div className="why-match">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open && !current ? 'Cancel' : open ? 'Hide why' : 'Why is this a match?'}
      </button>
      {open && !current && (
        <p className="muted" role="status">
          Embedding the listing once without each sentence…
        </p>
      )}
      {open && current && 'message' in current && (
        <p className="notice notice-error" role="alert">
          Could not compute this: {current.message}
        </p>
      )}
      {open && current && 'scores' in current && <SentenceDrops text={text} scores={current.scores} />}
    </div>
  );
}

function SentenceDrops({ text, scores }: { text: string; scores: SentenceScores }) {
  const key = new Set(mostImportant(scores.drops));
  const largest = Math.max(1e-6, ...scores.drops.map(Math.abs));
  return (
    <div data-testid="why-match">
      <p className="muted">
        Cosine with the query: {scores.full.toFixed(3)}. Each line shows how much it drops when that sentence
        is left out; the highlighted ones matter most. A sentence past the {MAX_TOKENS}-piece cut changes
        nothing.
      </p>
      <ol className="sentence-drops" aria-label="How much the cosine drops without each sentence">
        {scores.spans.map((span, i) => (
          <li
            key={span.start}
            className={key.has(i) ? 'sentence-key' : undefined}
            data-drop={scores.drops[i]}
          >
            <span className="drop-bar" aria-hidden="true">
              <span style={{ width: `${(Math.max(0, scores.drops[i]) / largest) * 100}%` }} />
            </span>
            <code>{formatDrop(scores.drops[i])}</code> <span>{text.slice(span.start, span.end)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A drop of 0.0523 reads "−0.052": the cosine goes down by that much. */
const formatDrop = (drop: number) => (drop >= 0 ? `−${drop.toFixed(3)}` : `+${(-drop).toFixed(3)}`);
