import type { ModelSource } from './protocol';

export const DEFAULT_MODEL_ID = 'Xenova/all-MiniLM-L6-v2';
export const HUB_HOST = 'https://huggingface.co/';
export const HUB_PATH_TEMPLATE = '{model}/resolve/{revision}/';

/**
 * Where to load the model from. Without a base it is the Hugging Face hub; with one (a same-origin
 * path like `/models` or a full URL of a mirror) files are read from `<base>/<model>/…`.
 * Both go through transformers.js' remote loader, so the code path is the same for every source.
 */
export function resolveModelSource(
  options: { modelBase?: string | null; modelId?: string | null },
  pageUrl: string,
): ModelSource {
  const modelId = options.modelId?.trim() || DEFAULT_MODEL_ID;
  const base = options.modelBase?.trim();
  if (!base) return { modelId, host: HUB_HOST, pathTemplate: HUB_PATH_TEMPLATE };
  const host = new URL(base.endsWith('/') ? base : `${base}/`, pageUrl).href;
  return { modelId, host, pathTemplate: '{model}/' };
}

/** The URL of one model file, as transformers.js will request it. */
export function modelFileUrl(source: ModelSource, file: string, revision = 'main'): string {
  const folder = source.pathTemplate
    .replaceAll('{model}', source.modelId)
    .replaceAll('{revision}', encodeURIComponent(revision));
  return new URL(folder + file, source.host).href;
}
