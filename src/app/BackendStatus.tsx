import type { EngineStatus } from '../embedding/engineStatus';
import { useEngineStore } from '../state/engineStore';

const DEVICE_NAMES = { webgpu: 'WebGPU', wasm: 'WASM' } as const;

/** The badge names what is true: a failed download is not a failed backend. */
function describe(status: EngineStatus): string {
  switch (status.phase) {
    case 'idle':
      return status.cancelled ? 'Model not downloaded' : 'Model not loaded';
    case 'loading':
      return `Loading on ${DEVICE_NAMES[status.device]} (${status.dtype})…`;
    case 'error':
      switch (status.error.kind) {
        case 'network':
        case 'stalled':
        case 'not-found':
          return 'Model not downloaded';
        case 'bad-model':
          // Without a file to blame it was the address (a model id that is no id, say).
          return status.error.file ? 'Model file damaged' : 'Model not loaded';
        case 'webgpu':
          return 'WebGPU: failed to start';
        case 'internal':
          return `${DEVICE_NAMES[status.device]}: failed to load`;
      }
      return 'Model not loaded';
    case 'ready': {
      const { device, dtype, numThreads } = status.info;
      const threads = device === 'wasm' ? ` · ${numThreads} thread${numThreads === 1 ? '' : 's'}` : '';
      return `${DEVICE_NAMES[device]} · ${dtype}${threads}`;
    }
  }
}

/** Header badge: which backend, dtype and thread count are active, and in one line why this backend. */
export function BackendStatus() {
  const status = useEngineStore((s) => s.status);
  const modelId = status.phase === 'ready' ? status.info.modelId : undefined;
  return (
    <div className="backend">
      <div className={`backend-status backend-${status.phase}`} data-testid="backend-status" role="status">
        <span className="backend-dot" aria-hidden="true" />
        <span>{describe(status)}</span>
        {modelId && <span className="backend-model">{modelId}</span>}
      </div>
      {status.reason && (
        <p className="backend-reason" data-testid="backend-reason" role="status">
          {status.reason}
        </p>
      )}
    </div>
  );
}
