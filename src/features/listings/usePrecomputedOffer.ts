import { useEffect, useState } from 'react';
import { matchPrecomputed, type PrecomputedMatch } from '../../data/precomputed';
import { sha256Hex } from '../../data/textHash';
import { useEngineStore } from '../../state/engineStore';
import type { ManifestState } from './precomputedSource';
import { precomputedSource, useListingsStore } from './store';

export type PrecomputedOffer =
  | { phase: 'checking' }
  | { phase: 'unavailable'; reason: string; chosen: boolean }
  | ({ phase: 'checked' } & PrecomputedMatch);

/** Whether precomputed vectors fit the loaded dataset and the running model, and why not. */
export function usePrecomputedOffer(): PrecomputedOffer {
  const dataset = useListingsStore((s) => s.dataset);
  const status = useEngineStore((s) => s.status);
  const info = status.phase === 'ready' ? status.info : undefined;
  const [manifest, setManifest] = useState<ManifestState>({ phase: 'loading' });
  const [offer, setOffer] = useState<{ key: string; offer: PrecomputedOffer }>();

  useEffect(() => {
    let live = true;
    void precomputedSource.manifest().then((state) => live && setManifest(state));
    return () => {
      live = false;
    };
  }, []);

  const key = dataset && info ? `${dataset.id}|${info.modelId}|${info.dtype}` : '';
  useEffect(() => {
    if (!dataset || !info || manifest.phase !== 'ready') return;
    let live = true;
    const longest = Math.max(0, ...manifest.manifest.entries.map((entry) => entry.rows));
    const texts = dataset.listings.slice(0, longest).map((listing) => listing.text);
    void Promise.all(texts.map(sha256Hex)).then((rowHashes) => {
      const match = matchPrecomputed(manifest.manifest, {
        modelId: info.modelId,
        dtype: info.dtype,
        dims: info.dims,
        rowHashes,
      });
      if (live) setOffer({ key, offer: { phase: 'checked', ...match } });
    });
    return () => {
      live = false;
    };
  }, [dataset, info, manifest, key]);

  if (manifest.phase === 'unavailable')
    return { phase: 'unavailable', reason: manifest.reason, chosen: precomputedSource.setting.chosen };
  return offer?.key === key ? offer.offer : { phase: 'checking' };
}
