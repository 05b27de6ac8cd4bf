import type { Inspection } from '../../embedding/protocol';
import { TokenList } from '../../components/TokenList';
import { MAX_TOKENS, stockPipelineReading } from '../../embedding/truncation';

/** Step 1: the word pieces the model reads, and what truncation cut. */
export function TokenStep({ inspection }: { inspection: Inspection }) {
  const kept = inspection.tokens.length;
  const cut = inspection.fullTokenCount - kept;
  const stock = stockPipelineReading(inspection.fullTokenCount);
  const unknown = inspection.tokens.filter((token) => token.text === '[UNK]').length;
  return (
    <section aria-labelledby="inside-tokens-heading">
      <h2 id="inside-tokens-heading">1. Word pieces</h2>
      <p>
        The tokenizer cuts the text into pieces from a fixed vocabulary and adds <code>[CLS]</code> at the
        start and <code>[SEP]</code> at the end. The model never sees letters, only these pieces, and it reads
        at most 256 of them.
      </p>
      <div
        className="inside-token-scroll"
        tabIndex={0}
        role="group"
        aria-label={`The ${kept} word pieces (scrolls)`}
      >
        <TokenList tokens={inspection.tokens} />
      </div>
      <dl className="stats">
        <div>
          <dt>pieces in the full text</dt>
          <dd data-testid="full-token-count">{inspection.fullTokenCount}</dd>
        </div>
        <div>
          <dt>pieces the model read</dt>
          <dd data-testid="kept-token-count">{kept}</dd>
        </div>
        <div>
          <dt>pieces the stock transformers.js pipeline would read</dt>
          <dd data-testid="stock-token-count">{stock.pieces}</dd>
        </div>
      </dl>
      <p data-testid="stock-pipeline-note">
        This page cuts like sentence-transformers, with which the model was trained: at most {MAX_TOKENS}{' '}
        pieces, always ending in <code>[SEP]</code>. The stock transformers.js <code>feature-extraction</code>{' '}
        pipeline cuts at the tokenizer’s 512 instead
        {stock.closingSep
          ? kept < inspection.fullTokenCount
            ? `, so it would read all ${stock.pieces} pieces of this text, not the first ${MAX_TOKENS}.`
            : ', so for this text both read the same pieces.'
          : `, and drops the closing [SEP]: of this text it would read ${stock.pieces} pieces, the last one a word piece instead of [SEP].`}
      </p>
      {cut > 0 && (
        <p className="notice notice-warn" data-testid="truncation-notice">
          The model read the first {kept} word pieces; {cut} were cut. Nothing after the cut changes the
          vector.
        </p>
      )}
      {unknown > 0 && (
        <p data-testid="unknown-note">
          {unknown === 1 ? 'One piece is' : `${unknown} pieces are`} <code>[UNK]</code> (“unknown”): text the
          vocabulary has no piece for, such as many emoji. Every unknown word becomes the same{' '}
          <code>[UNK]</code>, so the model cannot tell them apart.
        </p>
      )}
    </section>
  );
}
