import { useState } from 'react';
import { buildDefaults, urlConfig } from '../../config';
import { outsideSources, withoutOutsideSources, type OutsideSource } from './outsideSources';

const CONFIRMED_KEY = 'embedding-lab:confirmed-sources';

/** From the URL settings as parsed once at start (src/config). */
export const SOURCES = outsideSources(urlConfig, location.href, buildDefaults);
const signature = JSON.stringify(SOURCES);

function confirmedBefore(): boolean {
  try {
    return sessionStorage.getItem(CONFIRMED_KEY) === signature;
  } catch {
    return false;
  }
}

/** Whether the page may use its sources: none from outside, or the student said yes (this tab). */
export function useSourcesConfirmed(): [boolean, () => void] {
  const [confirmed, setConfirmed] = useState(() => SOURCES.length === 0 || confirmedBefore());
  const confirm = () => {
    try {
      sessionStorage.setItem(CONFIRMED_KEY, signature);
    } catch {
      // Not remembered: a reload asks again.
    }
    setConfirmed(true);
  };
  return [confirmed, confirm];
}

/** Shown instead of the lessons until the student accepts the link's addresses or drops them. */
export function SourceNotice({ onConfirm }: { onConfirm: () => void }) {
  const standard = `${location.pathname}${withoutOutsideSources(location.search, SOURCES)}${location.hash}`;
  return (
    <section className="notice notice-warn source-notice" aria-labelledby="source-notice-title">
      <h2 id="source-notice-title">This link loads files from outside this site</h2>
      <p>Nothing has been downloaded yet. The link asks the app to use:</p>
      <SourceList sources={SOURCES} />
      <p>
        Use them only if you trust whoever gave you the link: the model and vectors decide every number the
        lessons show.
      </p>
      <p className="notice-actions">
        <button type="button" onClick={onConfirm}>
          Use these addresses
        </button>
        <a className="button-link" href={standard}>
          Use this site’s own model and data
        </a>
      </p>
    </section>
  );
}

function SourceList({ sources }: { sources: readonly OutsideSource[] }) {
  return (
    <dl className="source-list" data-testid="outside-sources">
      {sources.map((source) => (
        <div key={source.param}>
          <dt>{source.label}</dt>
          <dd>
            <code>{source.address}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
