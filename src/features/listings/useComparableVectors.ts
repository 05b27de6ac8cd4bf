import { useEngineStore } from '../../state/engineStore';
import type { ModelProvenance } from './provenance';
import { comparableVectors, type ComparableVectors } from './selectors';
import { useListingsStore } from './store';

/** The model running now, as provenance; undefined while none is ready. */
export function useRunningModel(): ModelProvenance | undefined {
  const info = useEngineStore((s) => (s.status.phase === 'ready' ? s.status.info : undefined));
  return info && { modelId: info.modelId, dtype: info.dtype, backend: info.device };
}

/** The loaded dataset's vectors, if a query from the running model may be compared with them. */
export function useComparableVectors(): ComparableVectors {
  const dataset = useListingsStore((s) => s.dataset);
  const vectors = useListingsStore((s) => s.vectors);
  return comparableVectors({ dataset, vectors }, useRunningModel());
}
