import { useState, type ReactNode } from 'react';
import type { Listing } from '../../data/listings';
import { previewText } from '../../components/listingPreview';
import { FullTextWithCut } from './FullTextWithCut';

const PREVIEW_CHARS = 300;

export interface ResultCardProps {
  rank: number;
  listing: Listing;
  score: number;
  /** Formatted score shown as text. */
  scoreText: string;
  /** Bar length, 0–1. */
  barFraction: number;
  scoreLabel: string;
  inBoth: boolean;
  testId: string;
  /** What the score means for this dataset (percentiles), shown beside it. */
  scoreContext?: ReactNode;
  /** Extra tools under the text (why it matches). */
  children?: ReactNode;
}

/** One search hit. Titles and descriptions are CSV text: rendered as text, never as HTML. */
export function ResultCard({
  rank,
  listing,
  score,
  scoreText,
  barFraction,
  scoreLabel,
  inBoth,
  testId,
  scoreContext,
  children,
}: ResultCardProps) {
  const [expanded, setExpanded] = useState(false);
  const long = listing.text.replace(/\s+/g, ' ').trim().length > PREVIEW_CHARS;
  return (
    <li
      className={`result${inBoth ? ' result-shared' : ''}`}
      data-testid={testId}
      data-row-index={listing.index}
      data-score={score}
    >
      <div className="result-head">
        <span className="result-rank">
          <span className="visually-hidden">Rank </span>
          {rank}
        </span>
        <span className="result-title">{listing.title || `Row ${listing.index}`}</span>
        {inBoth && (
          <span className="result-badge" title="This listing is in both top lists">
            ◆ in both
          </span>
        )}
      </div>
      <div className="result-score">
        <span className="score-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(1, barFraction)) * 100}%` }} />
        </span>
        <span>
          {scoreLabel} <code>{scoreText}</code>
        </span>
        {scoreContext}
      </div>
      {expanded ? (
        <FullTextWithCut text={listing.text} />
      ) : (
        <p className="result-text">{previewText(listing.text, PREVIEW_CHARS)}</p>
      )}
      <p className="result-foot">
        <span className="muted">Row {listing.index}</span>
        {long && (
          <button
            type="button"
            className="link-button"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show less' : 'Show the whole description'}
          </button>
        )}
      </p>
      {children}
    </li>
  );
}
