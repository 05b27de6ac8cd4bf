/// <reference lib="webworker" />
// Runs one onnxruntime-web session with the profiler on, the way the app's worker does (WASM,
// multi-threaded, same bundled runtime), and posts back what the profiler printed.
import { runtimeFiles } from '../../src/embedding/runtimeFiles';
import { profileFeeds, type ProfileRequest } from './profileInputs';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<ProfileRequest>) => {
  // The runtime binds console.log when it loads, and prints the trace through it.
  const printed: string[] = [];
  const log = console.log.bind(console);
  console.log = (...parts: unknown[]) => void printed.push(parts.join(' '));
  try {
    const ort = await import('onnxruntime-web/wasm');
    ort.env.wasm.wasmPaths = runtimeFiles('wasm', self.location.href);
    ort.env.wasm.numThreads = data.threads;
    const model = new Uint8Array(await (await fetch(data.modelUrl)).arrayBuffer());
    const session = await ort.InferenceSession.create(model, {
      executionProviders: ['wasm'],
      enableProfiling: true,
    });
    const feeds = profileFeeds(
      data.batch,
      data.sequence,
      (type, values, dims) => new ort.Tensor(type, values, dims),
    );
    for (let run = 0; run <= data.runs; run++) await session.run(feeds);
    printed.length = 0;
    session.endProfiling();
    await session.release();
    self.postMessage({ trace: printed.join('\n') });
  } catch (error) {
    self.postMessage({ error: String(error) });
  } finally {
    console.log = log;
  }
};
