import { useEffect, useState } from 'react';
import type { AppUpdate, UpdateState } from './appUpdate';
import { appUpdate } from './registerServiceWorker';

/** A bar under the header when a new version of the app is ready (or was applied in another tab). */
export function UpdateNotice() {
  const [update, setUpdate] = useState<AppUpdate>();
  const [state, setState] = useState<UpdateState>('none');
  useEffect(() => {
    let stop = () => {};
    let current = true;
    void appUpdate().then((found) => {
      if (!found || !current) return;
      setUpdate(found);
      setState(found.getState());
      const unsubscribe = found.subscribe(() => setState(found.getState()));
      const stopChecks = found.checkPeriodically();
      stop = () => (unsubscribe(), stopChecks());
    });
    return () => {
      current = false;
      stop();
    };
  }, []);
  if (!update || state === 'none') return null;
  return (
    <section className="notice update-notice" role="status" data-testid="update-notice">
      <p>
        {state === 'ready'
          ? 'A new version of Embedding Lab is ready. It starts the next time you open the app, or now:'
          : 'Embedding Lab was updated in another tab. Reload this tab to keep working:'}{' '}
        <button type="button" onClick={() => update.apply()}>
          {state === 'ready' ? 'Update now' : 'Reload'}
        </button>
      </p>
    </section>
  );
}
