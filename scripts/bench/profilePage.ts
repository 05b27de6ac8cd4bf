// Benchmark page: hands a profiling request to profile.worker.ts, driven by profile.ts.
import type { ProfileRequest } from './profileInputs';

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

Object.assign(window, { profileInWorker });
