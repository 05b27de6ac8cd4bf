import { resolveModelSource } from './modelSource';
import type { Device, Dtype, LoadConfig } from './protocol';
import { runtimeFiles } from './runtimeFiles';
import type { EngineSettings } from './settings';
import { DEFAULT_STALL_MS } from '../net/stallTimeout';

function wasmThreadCount(requested?: number): number {
  // Threads need SharedArrayBuffer, which needs cross-origin isolation (COOP/COEP headers).
  if (!self.crossOriginIsolated) return 1;
  // onnxruntime-web's default (half the cores) gave 1 thread on 2-core laptops, half the speed.
  return requested ?? Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8));
}

/** What a worker needs to load the model on one backend. Throws on a model id or base that makes no sense. */
export function loadConfig(settings: EngineSettings, device: Device, dtype: Dtype): LoadConfig {
  return {
    source: resolveModelSource(settings, location.href),
    device,
    dtype,
    numThreads: wasmThreadCount(settings.threads),
    wasmPaths: runtimeFiles(device, location.href),
    stallMs: settings.stallMs ?? DEFAULT_STALL_MS,
  };
}
