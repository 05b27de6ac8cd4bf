/**
 * onnxruntime-web's runtime files, bundled and served from the app's own origin (no CDN).
 * WebGPU needs the asyncify build (27 MB, 6.7 MB gzipped); plain WASM runs the build without
 * asyncify (14 MB, 3.7 MB gzipped), so students without WebGPU download about half as much.
 */
import asyncifyMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import asyncifyWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import plainMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import plainWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type { Device } from './protocol';

export interface RuntimeFiles {
  mjs: string;
  wasm: string;
}

/** Absolute URLs of the runtime a backend loads. */
export function runtimeFiles(device: Device, pageUrl: string): RuntimeFiles {
  const [mjs, wasm] = device === 'webgpu' ? [asyncifyMjsUrl, asyncifyWasmUrl] : [plainMjsUrl, plainWasmUrl];
  return { mjs: new URL(mjs, pageUrl).href, wasm: new URL(wasm, pageUrl).href };
}
