/**
 * `device=auto` picks a backend by measurement, once per browser: the decision is kept in
 * localStorage and reused while the adapter and the model are the same. Everything read back is
 * validated; anything else means "measure again".
 */
import type { Device } from './protocol';

export interface BackendChoice {
  device: Device;
  /** One line for the header, e.g. "WebGPU measured 40× slower than WASM here: using WASM". */
  reason: string;
  adapter: string;
  modelId: string;
}

export const CHOICE_KEY = 'embedding-lab:backend-choice';

/** Short texts of a few word pieces each: the batch that is timed on each backend. */
export const CALIBRATION_TEXTS: readonly string[] = [
  'Nurse for a small clinic',
  'Backend developer, Python and SQL',
  'Truck driver, night shifts',
  'Primary school teacher',
  'Accountant in a logistics firm',
  'Chef for a busy restaurant',
  'Data analyst for retail sales',
  'Electrician for new buildings',
];

export function readChoice(
  storage: Pick<Storage, 'getItem'>,
  adapter: string,
  modelId: string,
): BackendChoice | undefined {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(CHOICE_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const choice = value as Record<string, unknown>;
  const valid =
    (choice.device === 'webgpu' || choice.device === 'wasm') &&
    typeof choice.reason === 'string' &&
    choice.reason.length < 300 &&
    choice.adapter === adapter &&
    choice.modelId === modelId;
  return valid ? (choice as unknown as BackendChoice) : undefined;
}

export function saveChoice(storage: Pick<Storage, 'setItem'>, choice: BackendChoice): void {
  try {
    storage.setItem(CHOICE_KEY, JSON.stringify(choice));
  } catch {
    // Storage full or refused: the next visit measures again.
  }
}

export function forgetChoice(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(CHOICE_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** WebGPU must at least match WASM; a tie goes to WebGPU, which leaves the CPU free. */
export function decideBackend(
  gpuTextsPerSec: number,
  wasmTextsPerSec: number,
): Pick<BackendChoice, 'device' | 'reason'> {
  if (gpuTextsPerSec >= wasmTextsPerSec) {
    return {
      device: 'webgpu',
      reason: `WebGPU measured ${ratio(gpuTextsPerSec, wasmTextsPerSec)} faster than WASM here: using WebGPU`,
    };
  }
  return {
    device: 'wasm',
    reason: `WebGPU measured ${ratio(wasmTextsPerSec, gpuTextsPerSec)} slower than WASM here: using WASM`,
  };
}

function ratio(fast: number, slow: number): string {
  const times = fast / Math.max(slow, 1e-9);
  return `${times < 10 ? times.toFixed(1) : Math.round(times)}×`;
}

export const FALLBACK_ADAPTER_REASON = 'WebGPU here is a software adapter (no graphics card): using WASM';

export const REMEMBERED_SUFFIX = ' (measured earlier; Backend menu → Measure again)';
