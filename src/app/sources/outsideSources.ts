/**
 * Addresses a link can point the app at: `?model=`, `?modelBase=`, `?dataset=`, `?precomputed=`.
 * Files on this site are the deployer's own; anything else (another host, or a hub model other
 * than the default) is someone else's, and the page names it and asks before using it.
 * This is the one place that reads these four parameters for that purpose.
 */
import { parseHttpUrl } from '../../data/httpUrl';
import { DEFAULT_MODEL_ID, HUB_HOST } from '../../embedding/modelSource';

export type SourceParam = 'model' | 'modelBase' | 'dataset' | 'precomputed';

export interface OutsideSource {
  param: SourceParam;
  /** What the address is for, in words. */
  label: string;
  address: string;
}

export const SOURCE_PARAMS: readonly SourceParam[] = ['model', 'modelBase', 'dataset', 'precomputed'];

const LABELS: Record<SourceParam, string> = {
  model: 'Model',
  modelBase: 'Model files from',
  dataset: 'Dataset',
  precomputed: 'Precomputed vectors',
};

/** An http(s) address on another origin; refused addresses (javascript:, typos) are not "used". */
function offsite(value: string | null, pageUrl: string): string | undefined {
  const url = value ? parseHttpUrl(value.trim(), pageUrl) : undefined;
  return url && url.origin !== new URL(pageUrl).origin ? url.href : undefined;
}

export function outsideSources(
  search: string,
  pageUrl: string,
  buildDefaults: { modelId?: string } = {},
): OutsideSource[] {
  const params = new URLSearchParams(search);
  const found: OutsideSource[] = [];
  const add = (param: SourceParam, address: string | undefined) => {
    if (address) found.push({ param, label: LABELS[param], address });
  };
  const modelBase = params.get('modelBase')?.trim();
  const model = params.get('model')?.trim();
  const defaultModel = buildDefaults.modelId || DEFAULT_MODEL_ID;
  // A model id alone is read from the hub, from whoever owns that id there.
  if (model && !modelBase && model !== defaultModel) add('model', `${HUB_HOST}${model}`);
  if (model && modelBase && offsite(modelBase, pageUrl)) add('model', model);
  add('modelBase', offsite(params.get('modelBase'), pageUrl));
  add('dataset', offsite(params.get('dataset'), pageUrl));
  add('precomputed', offsite(params.get('precomputed'), pageUrl));
  return found;
}

/** The same query without the outside sources: the app's standard ones apply. */
export function withoutOutsideSources(search: string, sources: readonly OutsideSource[]): string {
  const params = new URLSearchParams(search);
  for (const source of sources) params.delete(source.param);
  const query = params.toString();
  return query ? `?${query}` : '';
}
