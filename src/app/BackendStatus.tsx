import type { EngineStatus } from '../embedding/engineStatus';
import { useEngineStore } from '../state/engineStore';

const DEVICE_NAMES = { webgpu: 'WebGPU', wasm: 'WASM' } as const;

function describe(status: EngineStatus): string {
  switch (status.phase) {
    case 'idle':
      return 'Model not loaded';
    case 'loading':
      return `Loading on ${DEVICE_NAMES[status.device]} (${status.dtype})…`;
    case 'error':
      return `${DEVICE_NAMES[status.device]}: failed to load`;
    case 'ready': {
      const { device, dtype, numThreads } = status.info;
      const threads = device === 'wasm' ? ` · ${numThreads} thread${numThreads === 1 ? '' : 's'}` : '';
      return `${DEVICE_NAMES[device]} · ${dtype}${threads}`;
    }
  }
}

/** Header badge: which backend, dtype and thread count are active. */
export function BackendStatus() {
  const status = useEngineStore((s) => s.status);
  const modelId = status.phase === 'ready' ? status.info.modelId : undefined;
  return (
    <div className={`backend-status backend-${status.phase}`} data-testid="backend-status" role="status">
      <span className="backend-dot" aria-hidden="true" />
      <span>{describe(status)}</span>
      {modelId && <span className="backend-model">{modelId}</span>}
    </div>
  );
}
