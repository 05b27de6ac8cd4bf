/**
 * Addresses a link can point the app at: `?model=`, `?modelBase=`, `?dataset=`, `?precomputed=`.
 * Files on this site are the deployer's own; anything else (another host, or a hub model other
 * than the default) is someone else's, and the page names it and asks before using it.
 * It reads them as src/config parsed them.
 */
import type { BuildDefaults, UrlConfig } from '../../config';
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
function offsite(value: string | undefined, pageUrl: string): string | undefined {
  const url = value ? parseHttpUrl(value.trim(), pageUrl) : undefined;
  return url && url.origin !== new URL(pageUrl).origin ? url.href : undefined;
}

/** What the parsed URL settings point at beyond this site and the build's own defaults. */
export function outsideSources(
  config: UrlConfig,
  pageUrl: string,
  build: BuildDefaults = {},
): OutsideSource[] {
  const found: OutsideSource[] = [];
  const add = (param: SourceParam, address: string | undefined) => {
    if (address) found.push({ param, label: LABELS[param], address });
  };
  const fromLink = (value: string | undefined, buildValue: string | undefined) =>
    value && value !== buildValue ? value : undefined;
  const modelBase = fromLink(config.engine.modelBase, build.modelBase);
  const model = fromLink(config.engine.modelId, build.modelId);
  const mirror = offsite(modelBase, pageUrl);
  // A model id alone is read from the hub, from whoever owns that id there.
  if (model && !config.engine.modelBase && model !== DEFAULT_MODEL_ID) add('model', `${HUB_HOST}${model}`);
  if (model && mirror) add('model', model);
  add('modelBase', mirror);
  add('dataset', offsite(config.datasetUrl, pageUrl));
  const buildManifest = build.precomputed ? parseHttpUrl(build.precomputed, pageUrl)?.href : undefined;
  if (config.precomputed.chosen && config.precomputed.url !== buildManifest) {
    add('precomputed', offsite(config.precomputed.url, pageUrl));
  }
  return found;
}

/** The same query without the outside sources: the app's standard ones apply. */
export function withoutOutsideSources(search: string, sources: readonly OutsideSource[]): string {
  const params = new URLSearchParams(search);
  for (const source of sources) params.delete(source.param);
  const query = params.toString();
  return query ? `?${query}` : '';
}
