import type { DevicePreference, Dtype } from './protocol';

export interface EngineSettings {
  device: DevicePreference;
  /** undefined: the best dtype for the backend (fp16/fp32 on WebGPU, q8 on WASM). */
  dtype?: Dtype;
  modelId?: string;
  modelBase?: string;
  /** WASM threads; undefined: one per core when cross-origin isolated. */
  threads?: number;
  /** A model download that receives nothing for this long is reported as stalled; undefined: 30 s. */
  stallMs?: number;
  /** Why `?threads=` was not used as given, shown on the page. */
  threadsNotice?: string;
}

/** onnxruntime-web gains nothing past this many threads for a model this size. */
const MAX_THREADS = 16;

/**
 * `?threads=`: a whole number of WASM threads, at most one per core (more only slows the page and
 * the computer down). Anything else is refused with a notice and the default is used.
 */
export function readThreads(
  value: string | null,
  cores: number,
): Pick<EngineSettings, 'threads' | 'threadsNotice'> {
  if (value === null || value === '') return {};
  const limit = Math.max(1, Math.min(cores, MAX_THREADS));
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1)
    return {
      threadsNotice: `The address asks for threads=${value}, which is not a whole number from 1 to ${limit}; using the default.`,
    };
  if (threads > limit)
    return {
      threads: limit,
      threadsNotice: `The address asks for ${threads} threads, but this device has ${cores} core${cores === 1 ? '' : 's'}; using ${limit}.`,
    };
  return { threads };
}

const DEVICES: readonly DevicePreference[] = ['auto', 'webgpu', 'wasm'];
const DTYPES: readonly Dtype[] = ['fp32', 'fp16', 'q8'];

/**
 * Reads `?device=&dtype=&model=&modelBase=&threads=&stallTimeout=` (seconds) from the page URL, falling back to build-time
 * `VITE_MODEL_ID` / `VITE_MODEL_BASE` (a deployer's same-origin copy of the model).
 */
export function readEngineSettings(
  search: string,
  buildDefaults: { modelId?: string; modelBase?: string } = {},
  cores = globalThis.navigator?.hardwareConcurrency || 1,
): EngineSettings {
  const params = new URLSearchParams(search);
  const device = params.get('device') as DevicePreference | null;
  const dtype = params.get('dtype') as Dtype | null;
  const stallSeconds = Number(params.get('stallTimeout'));
  return {
    device: device && DEVICES.includes(device) ? device : 'auto',
    dtype: dtype && DTYPES.includes(dtype) ? dtype : undefined,
    modelId: params.get('model') || buildDefaults.modelId || undefined,
    modelBase: params.get('modelBase') || buildDefaults.modelBase || undefined,
    ...readThreads(params.get('threads'), cores),
    stallMs: stallSeconds >= 1 && stallSeconds <= 600 ? stallSeconds * 1000 : undefined,
  };
}
