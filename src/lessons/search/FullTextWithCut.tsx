import { MAX_TOKENS } from '../../embedding/truncation';
import { useEngineRequest } from '../../hooks/useEngineRequest';
import { locateCut } from './truncationRequests';

/**
 * A listing's whole text with the place where the model stops reading marked: the rest is dimmed,
 * because it changes nothing in the vector. Rendered as text, never as HTML.
 */
export function FullTextWithCut({ text }: { text: string }) {
  const located = useEngineRequest(text, locateCut);
  if (located.state !== 'done' || located.value.cut < 0 || located.value.cut >= text.length) {
    return <p className="result-text">{text}</p>;
  }
  const { cut, pieces } = located.value;
  return (
    <p className="result-text" data-testid="cut-text">
      {text.slice(0, cut)}
      <span className="cut-marker" data-testid="cut-marker">
        {' '}
        ✂ The model stops reading here: it reads {MAX_TOKENS} of this listing’s {pieces} word pieces.{' '}
      </span>
      <span className="cut-rest">{text.slice(cut)}</span>
    </p>
  );
}
