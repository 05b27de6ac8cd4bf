import { useEffect, useState } from 'react';
import { parseHttpUrl } from '../../data/httpUrl';
import { parseNpy } from '../../data/npy';
import {
  matchPrecomputed,
  parseManifest,
  type PrecomputedManifest,
  type PrecomputedMatch,
} from '../../data/precomputed';
import { sha256Hex } from '../../data/textHash';
import { useEngineStore } from '../../state/engineStore';
import { useListingsStore, type PrecomputedVectors } from '../../state/listingsStore';

/**
 * Where precomputed vectors are looked for: `?precomputed=<manifest URL>`, else the build's
 * `VITE_PRECOMPUTED`, else `./precomputed/manifest.json` next to the app. Only a URL someone chose
 * (parameter or build setting) makes a missing manifest worth a message.
 */
const chosenUrl = new URLSearchParams(location.search).get('precomputed') || import.meta.env.VITE_PRECOMPUTED;
const requested = chosenUrl || './precomputed/manifest.json';
const webAddress = parseHttpUrl(requested, document.baseURI);
/** As asked for when it is no web address: the page says so instead of failing to start. */
export const manifestUrl = webAddress?.href ?? requested;

type ManifestState =
  | { phase: 'loading' }
  | { phase: 'ready'; manifest: PrecomputedManifest }
  | { phase: 'unavailable'; reason: string };

let manifestRequest: Promise<ManifestState> | undefined;

/** Fetched once per page load. */
function fetchManifest(): Promise<ManifestState> {
  if (!webAddress) return Promise.resolve({ phase: 'unavailable', reason: 'it is not an http(s) address' });
  manifestRequest ??= fetch(manifestUrl, { cache: 'no-cache' })
    .then(async (response): Promise<ManifestState> => {
      if (!response.ok) return { phase: 'unavailable', reason: `the server answered ${response.status}` };
      try {
        return { phase: 'ready', manifest: parseManifest(await response.json()) };
      } catch (error) {
        return {
          phase: 'unavailable',
          reason: `it is not a precomputed-vectors manifest (${error instanceof Error ? error.message : String(error)})`,
        };
      }
    })
    .catch((error: unknown) => ({
      phase: 'unavailable',
      reason: `it could not be fetched (${String(error)})`,
    }));
  return manifestRequest;
}

export type PrecomputedOffer =
  | { phase: 'checking' }
  | { phase: 'unavailable'; reason: string; chosen: boolean }
  | ({ phase: 'checked' } & PrecomputedMatch);

/** Fetches the matching vectors file and checks its shape against the manifest entry. */
export async function fetchPrecomputed(
  match: Extract<PrecomputedMatch, { kind: 'match' }>,
): Promise<PrecomputedVectors> {
  const { entry, rows } = match;
  const url = new URL(entry.vectorsFile, manifestUrl).href;
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${entry.vectorsFile}: the server answered ${response.status}`);
  const npy = parseNpy(new Uint8Array(await response.arrayBuffer()));
  if (npy.shape.length !== 2 || npy.shape[0] !== entry.rows || npy.shape[1] !== entry.dims) {
    throw new Error(
      `${entry.vectorsFile} has shape (${npy.shape.join(', ')}), the manifest says (${entry.rows}, ${entry.dims})`,
    );
  }
  return {
    modelId: entry.modelId,
    dtype: entry.dtype as PrecomputedVectors['dtype'],
    dims: entry.dims,
    rowCount: rows,
    vectors: npy.values.slice(0, rows * entry.dims),
    file: entry.vectorsFile,
  };
}

/** Whether precomputed vectors fit the loaded dataset and the running model, and why not. */
export function usePrecomputedOffer(): PrecomputedOffer {
  const dataset = useListingsStore((s) => s.dataset);
  const status = useEngineStore((s) => s.status);
  const info = status.phase === 'ready' ? status.info : undefined;
  const [manifest, setManifest] = useState<ManifestState>({ phase: 'loading' });
  const [offer, setOffer] = useState<{ key: string; offer: PrecomputedOffer }>();

  useEffect(() => {
    let live = true;
    void fetchManifest().then((state) => live && setManifest(state));
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
    return { phase: 'unavailable', reason: manifest.reason, chosen: !!chosenUrl };
  return offer?.key === key ? offer.offer : { phase: 'checking' };
}
