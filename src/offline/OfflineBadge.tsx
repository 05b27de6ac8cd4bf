import { offlineVerdict } from './offlineReport';
import { useOfflineStatus } from './useOfflineStatus';
import './OfflineBadge.css';

/** Header badge: whether this browser has everything it needs to work without the network. */
export function OfflineBadge() {
  const check = useOfflineStatus();
  // The dev server registers no service worker, so there is nothing to report there.
  if (!import.meta.env.PROD || !check) return null;
  const verdict = offlineVerdict(check);
  const tone = verdict.ready ? 'ready' : check.app === 'unsupported' ? 'unsupported' : 'pending';
  return (
    <details className={`offline-badge offline-${tone}`} data-testid="offline-badge">
      <summary title={verdict.details.join(' ')}>
        <span className="offline-dot" aria-hidden="true" />
        {verdict.label}
      </summary>
      <div className="offline-details">
        {verdict.details.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </details>
  );
}
