import { useEngineStore } from '../../state/engineStore';
import { rowsToEmbed } from './selectors';
import { listings, useListingsStore } from './store';

/** Why the loaded vectors cannot be used with the running model, and a button to embed them again. */
export function ProvenanceNotice({ message }: { message: string }) {
  const rows = useListingsStore(rowsToEmbed);
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  return (
    <div className="notice notice-warn" role="status" data-testid="provenance-notice">
      <p>{message}. Embed the listings again with the model running now.</p>
      <button type="button" onClick={() => void listings.startEmbedding()} disabled={!ready}>
        Embed {rows} listings again
      </button>
    </div>
  );
}
