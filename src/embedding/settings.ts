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
): EngineSettings {
  const params = new URLSearchParams(search);
  const device = params.get('device') as DevicePreference | null;
  const dtype = params.get('dtype') as Dtype | null;
  const threads = Number(params.get('threads'));
  const stallSeconds = Number(params.get('stallTimeout'));
  return {
    device: device && DEVICES.includes(device) ? device : 'auto',
    dtype: dtype && DTYPES.includes(dtype) ? dtype : undefined,
    modelId: params.get('model') || buildDefaults.modelId || undefined,
    modelBase: params.get('modelBase') || buildDefaults.modelBase || undefined,
    threads: Number.isInteger(threads) && threads >= 1 && threads <= 16 ? threads : undefined,
    stallMs: stallSeconds >= 1 && stallSeconds <= 600 ? stallSeconds * 1000 : undefined,
  };
}
