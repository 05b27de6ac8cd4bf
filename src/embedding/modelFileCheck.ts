/**
 * Runs after a failed load (never on the way to a working model, so it costs nothing then): finds
 * which model file is missing or damaged, and clears a model's stored files so the next load
 * downloads them again. transformers.js keys its Cache Storage entries by the file's URL.
 */
import { MODEL_CACHE_NAME, modelFilesFor } from './modelFiles';
import { modelFileUrl } from './modelSource';
import type { Dtype, ModelSource, WorkerError } from './protocol';

export interface FileCheckDeps {
  fetch: typeof fetch;
  /** undefined where the browser has no Cache Storage (plain http). */
  caches?: CacheStorage;
}

const browserDeps = (): FileCheckDeps => ({
  fetch: (...args) => fetch(...args),
  caches: 'caches' in self ? caches : undefined,
});

/** Deletes every stored file of this model (all dtypes). */
export async function evictModel(source: ModelSource, deps: FileCheckDeps = browserDeps()): Promise<number> {
  if (!deps.caches || !(await deps.caches.has(MODEL_CACHE_NAME))) return 0;
  const cache = await deps.caches.open(MODEL_CACHE_NAME);
  const folder = modelFileUrl(source, '');
  const stale = (await cache.keys()).filter((request) => request.url.startsWith(folder));
  await Promise.all(stale.map((request) => cache.delete(request)));
  return stale.length;
}

/** A stored copy is damaged when it is shorter than its own Content-Length, or is JSON that does not parse. */
async function storedProblem(file: string, stored: Response): Promise<string | undefined> {
  const bytes = await stored.arrayBuffer();
  const declared = Number(stored.headers.get('content-length') ?? 0);
  if (declared > 0 && declared !== bytes.byteLength) {
    return `the stored copy has ${bytes.byteLength} bytes, but the host said ${declared}`;
  }
  return file.endsWith('.json') ? jsonProblem(bytes) : undefined;
}

function jsonProblem(bytes: ArrayBuffer): string | undefined {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return undefined;
  } catch {
    return 'it is not valid JSON (cut off or damaged)';
  }
}

async function remoteProblem(url: string, deps: FileCheckDeps): Promise<string | undefined> {
  const response = await deps.fetch(url, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok) return `the host answered HTTP ${response.status}`;
  // Static hosts that send the app page for every unknown path answer 200 with HTML.
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
    return 'the host sent a web page instead (the file is not there)';
  }
  return undefined;
}

/**
 * The first file of the model that is missing on the host or damaged in the browser's store, as a
 * message naming the file and its URL. When every file looks whole but the model still failed to
 * parse, the weights file is named: its content cannot be checked short of loading it.
 */
export async function diagnoseModelFiles(
  source: ModelSource,
  dtype: Dtype,
  failure: WorkerError,
  deps: FileCheckDeps = browserDeps(),
): Promise<WorkerError | undefined> {
  const cache =
    deps.caches && (await deps.caches.has(MODEL_CACHE_NAME))
      ? await deps.caches.open(MODEL_CACHE_NAME)
      : undefined;
  const files = modelFilesFor(dtype);
  for (const file of files) {
    const url = modelFileUrl(source, file);
    const stored = await cache?.match(url);
    const storedIssue = stored && (await storedProblem(file, stored));
    if (storedIssue) return { kind: 'bad-model', file, url, message: `${file} is damaged: ${storedIssue}.` };
    if (stored) continue;
    let remoteIssue: string | undefined;
    try {
      remoteIssue = await remoteProblem(url, deps);
    } catch {
      return undefined; // the host is unreachable: the original network error says more
    }
    if (remoteIssue) {
      const folder = modelFileUrl(source, '');
      return {
        kind: 'not-found',
        file,
        url,
        message: `The model folder ${folder} is missing or incomplete: ${file} could not be downloaded (${remoteIssue}).`,
      };
    }
  }
  if (failure.kind !== 'bad-model') return undefined;
  const weights = files[files.length - 1];
  return {
    kind: 'bad-model',
    file: weights,
    url: modelFileUrl(source, weights),
    message: `${weights} could not be read as a model (${failure.message}). It is probably cut off or damaged.`,
  };
}
