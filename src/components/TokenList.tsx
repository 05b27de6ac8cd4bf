import type { TokenPiece } from '../embedding/protocol';

/** Word pieces as chips; special tokens and `##` continuations are styled apart. */
export function TokenList({ tokens }: { tokens: readonly TokenPiece[] }) {
  return (
    <ol className="token-list" aria-label="Word-piece tokens">
      {tokens.map((token, i) => {
        const kind = /^\[(CLS|SEP|PAD|UNK|MASK)\]$/.test(token.text)
          ? 'special'
          : token.text.startsWith('##')
            ? 'continuation'
            : 'word';
        return (
          <li key={i} className={`token token-${kind}`} title={`id ${token.id}`}>
            {token.text}
          </li>
        );
      })}
    </ol>
  );
}
