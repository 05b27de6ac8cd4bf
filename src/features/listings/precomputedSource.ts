/**
 * Precomputed vectors on the web: the manifest (fetched once per page) and the .npy file an entry
 * points at, checked against the entry's shape.
 */
import type { PrecomputedSetting } from '../../config';
import { parseNpy } from '../../data/npy';
import { parseManifest, type PrecomputedManifest } from '../../data/precomputed';
import type { PrecomputedChoice } from './controller';
import type { PrecomputedVectors } from './types';

export type ManifestState =
  | { phase: 'loading' }
  | { phase: 'ready'; manifest: PrecomputedManifest }
  | { phase: 'unavailable'; reason: string };

export function createPrecomputedSource(setting: PrecomputedSetting, fetchFn: typeof fetch) {
  let manifestRequest: Promise<ManifestState> | undefined;

  const readManifest = async (response: Response): Promise<ManifestState> => {
    if (!response.ok) return { phase: 'unavailable', reason: `the server answered ${response.status}` };
    try {
      return { phase: 'ready', manifest: parseManifest(await response.json()) };
    } catch (error) {
      return {
        phase: 'unavailable',
        reason: `it is not a precomputed-vectors manifest (${error instanceof Error ? error.message : String(error)})`,
      };
    }
  };

  return {
    setting,
    /** Fetched once per page load. */
    manifest(): Promise<ManifestState> {
      if (!setting.webAddress)
        return Promise.resolve({ phase: 'unavailable', reason: 'it is not an http(s) address' });
      manifestRequest ??= fetchFn(setting.url, { cache: 'no-cache' })
        .then(readManifest)
        .catch((error: unknown) => ({
          phase: 'unavailable' as const,
          reason: `it could not be fetched (${String(error)})`,
        }));
      return manifestRequest;
    },

    /** Fetches the matching vectors file and checks its shape against the manifest entry. */
    async vectors({ entry, rows }: PrecomputedChoice): Promise<PrecomputedVectors> {
      const url = new URL(entry.vectorsFile, setting.url).href;
      const response = await fetchFn(url, { cache: 'no-cache' });
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
    },
  };
}

export type PrecomputedSource = ReturnType<typeof createPrecomputedSource>;
