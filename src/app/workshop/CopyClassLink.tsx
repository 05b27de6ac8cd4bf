import { useState } from 'react';
import { SOURCES } from '../sources/SourceNotice';
import { classLink } from './workshopUrl';

type CopyState = { state: 'idle' } | { state: 'copied' } | { state: 'failed'; link: string };

/**
 * The instructor's link: this URL carries workshop mode, the chosen steps, the model source and the step,
 * but not the instructor's own notes or projector view.
 */
export function CopyClassLink() {
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  // Never passed on silently: the instructor sees them here, each student is asked on opening.
  const carried = SOURCES;
  const copyLink = async () => {
    const link = classLink(location.href);
    try {
      await navigator.clipboard.writeText(link);
      setCopy({ state: 'copied' });
    } catch {
      // No clipboard (plain http, or permission refused): show the link to copy by hand.
      setCopy({ state: 'failed', link });
    }
  };
  return (
    <div className="class-link">
      <button type="button" className="button-secondary" onClick={() => void copyLink()}>
        Copy class link
      </button>
      <span role="status" className="muted">
        {copy.state === 'copied' && 'Copied. Everyone who opens it lands on this step in workshop mode.'}
        {copy.state === 'failed' && 'Could not copy: select the link and copy it yourself.'}
      </span>
      {carried.length > 0 && (
        <p className="muted" data-testid="class-link-sources">
          The link also carries addresses outside this site (
          {carried.map((source) => `${source.param}=${source.address}`).join(', ')}); each student is asked to
          confirm them before anything loads.
        </p>
      )}
      {copy.state === 'failed' && (
        <input readOnly aria-label="Class link" value={copy.link} onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
