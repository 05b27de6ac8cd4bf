import type { BackendInfo } from '../embedding/protocol';
import { useEngineStore } from '../state/engineStore';

/** The loaded model (id, dtype, backend), or undefined while none is ready. */
export function useReadyModel(): BackendInfo | undefined {
  return useEngineStore((s) => (s.status.phase === 'ready' ? s.status.info : undefined));
}
