// Runs in the benchmark page: the app's real embedding client (same worker, same build), and the
// operator profiler's worker (npm run bench:profile).
import { embeddingClient } from '../../src/embedding/client';
import type { EngineSettings } from '../../src/embedding/settings';
import { runtimeFiles } from '../../src/embedding/runtimeFiles';
import type { PageRun } from './pageRun';
import type { PeerRequest, PeerRun } from './peerRun';
import type { ProfileRequest } from './profileInputs';

async function run(settings: EngineSettings, texts: string[], batchSize: number): Promise<PageRun> {
  const info = await embeddingClient.start(settings);
  // Untimed: V8 first runs WebAssembly from a quick baseline compile and swaps in optimised code
  // while it runs, so the first batches are slower than the steady state being measured.
  await embeddingClient.embedTexts(texts.slice(0, 2 * batchSize), { batchSize });
  const started = performance.now();
  const result = await embeddingClient.embedTexts(texts, { batchSize });
  const seconds = (performance.now() - started) / 1000;
  return {
    device: info.device,
    dtype: info.dtype,
    threads: info.numThreads,
    texts: texts.length,
    tokens: result.tokenCounts.reduce((a, b) => a + b, 0),
    seconds,
  };
}

function profileInWorker(request: ProfileRequest): Promise<string> {
  const worker = new Worker(new URL('./profile.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<{ trace?: string; error?: string }>) => {
      worker.terminate();
      if (data.trace !== undefined) resolve(data.trace);
      else reject(new Error(data.error));
    };
    worker.postMessage(request);
  });
}

/** The stock transformers.js pipeline on the same texts, in its own worker (see peer.worker.ts). */
function peerRun(model: string, texts: string[], batchSize: number): Promise<PeerRun> {
  const worker = new Worker(new URL('./peer.worker.ts', import.meta.url), { type: 'module' });
  const request: PeerRequest = {
    modelHost: new URL('/fixture-models/', location.href).href,
    model,
    texts,
    batchSize,
    wasmPaths: runtimeFiles('wasm', location.href),
  };
  return new Promise<PeerRun>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<{ run?: PeerRun; error?: string }>) => {
      worker.terminate();
      if (data.run) resolve(data.run);
      else reject(new Error(data.error));
    };
    worker.postMessage(request);
  });
}

Object.assign(window, { benchRun: run, profileInWorker, benchPeer: peerRun });
