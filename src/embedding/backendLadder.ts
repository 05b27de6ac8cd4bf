/**
 * Which backend runs the model. `wasm` and `webgpu` force one. `auto` reuses this browser's
 * remembered decision, goes straight to WASM on a software (fallback) adapter, and otherwise starts
 * on WebGPU, then times a tiny batch on WebGPU and on a second WASM worker and keeps the faster.
 * WebGPU answers requests while WASM is measured, so the first embedding is not held up.
 */
import {
  CALIBRATION_TEXTS,
  decideBackend,
  FALLBACK_ADAPTER_REASON,
  readChoice,
  REMEMBERED_SUFFIX,
  saveChoice,
} from './backendChoice';
import { probeAdapter, type AdapterFacts } from './gpuAdapter';
import { resolveModelSource } from './modelSource';
import type { BackendInfo, Device, Dtype, WorkerError } from './protocol';
import type { EngineSettings } from './settings';
import type { EmbeddingConnection } from './workerConnection';

export interface LoadedWorker {
  connection: EmbeddingConnection;
  info: BackendInfo;
}

/** The client's side of the ladder. */
export interface LadderHost {
  settings: EngineSettings;
  /** Loads in a fresh worker that becomes the client's, showing progress. */
  load(device: Device, dtype: Dtype, reason?: string): Promise<BackendInfo>;
  /** Shows the error and returns it to throw. */
  fail(error: WorkerError): Error;
  /** The client's ready worker, unless a newer start replaced this one. */
  running(): LoadedWorker | undefined;
  /** Loads in a fresh worker the page does not see (the calibration's WASM side). */
  openWorker(device: Device, dtype: Dtype): Promise<LoadedWorker>;
  /** Keeps `chosen` (which may be `running`), says why; false when a newer start took over. */
  settle(running: LoadedWorker, chosen: LoadedWorker, reason: string): boolean;
}

const MEASURING = 'Measuring WebGPU against WASM on this device…';

export async function climbLadder(host: LadderHost): Promise<BackendInfo> {
  const { settings } = host;
  const wasmDtype = settings.dtype ?? 'q8';
  if (settings.device === 'wasm') return host.load('wasm', wasmDtype);
  const adapter = await probeAdapter(settings.dtype);
  if (settings.device === 'webgpu') {
    if (adapter) return host.load('webgpu', adapter.dtype);
    throw host.fail({
      kind: 'webgpu',
      message: 'This browser offers no WebGPU adapter. Choose Auto or WASM.',
    });
  }
  if (!adapter) return host.load('wasm', wasmDtype);
  const modelId = resolveModelSource(settings, location.href).modelId;
  const remembered = readChoice(localStorage, adapter.key, modelId);
  if (remembered) {
    return remembered.device === 'wasm'
      ? host.load('wasm', wasmDtype, remembered.reason + REMEMBERED_SUFFIX)
      : gpuOrWasm(host, adapter, remembered.reason + REMEMBERED_SUFFIX);
  }
  if (adapter.fallback) {
    saveChoice(localStorage, {
      device: 'wasm',
      reason: FALLBACK_ADAPTER_REASON,
      adapter: adapter.key,
      modelId,
    });
    return host.load('wasm', wasmDtype, FALLBACK_ADAPTER_REASON);
  }
  const info = await gpuOrWasm(host, adapter, MEASURING);
  if (info.device === 'webgpu') {
    void calibrate(host, adapter, modelId).catch(() => {
      const gpu = host.running();
      if (gpu) host.settle(gpu, gpu, 'Using WebGPU: the comparison with WASM could not finish');
    });
  }
  return info;
}

/** WebGPU, or WASM with the reason when WebGPU fails to start. */
async function gpuOrWasm(host: LadderHost, adapter: AdapterFacts, reason: string): Promise<BackendInfo> {
  try {
    return await host.load('webgpu', adapter.dtype, reason);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return host.load(
      'wasm',
      host.settings.dtype ?? 'q8',
      `WebGPU failed to start (${why}); using WASM instead.`,
    );
  }
}

/** Texts per second on the calibration batch; the first run compiles for its shapes, the second is timed. */
async function measure(connection: EmbeddingConnection): Promise<number> {
  const params = { texts: [...CALIBRATION_TEXTS], batchSize: CALIBRATION_TEXTS.length };
  await connection.call('embed', params);
  const started = performance.now();
  await connection.call('embed', params);
  return CALIBRATION_TEXTS.length / (Math.max(performance.now() - started, 0.1) / 1000);
}

async function calibrate(host: LadderHost, adapter: AdapterFacts, modelId: string): Promise<void> {
  const gpu = host.running();
  if (!gpu) return;
  const gpuRate = await measure(gpu.connection);
  const wasm = await host.openWorker('wasm', host.settings.dtype ?? 'q8');
  let kept = false;
  try {
    const decision = decideBackend(gpuRate, await measure(wasm.connection));
    const chosen = decision.device === 'wasm' ? wasm : gpu;
    const settled = host.settle(gpu, chosen, decision.reason);
    kept = settled && chosen === wasm;
    if (settled) saveChoice(localStorage, { ...decision, adapter: adapter.key, modelId });
  } finally {
    if (!kept) wasm.connection.terminate();
  }
}
