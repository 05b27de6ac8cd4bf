import { useEffect } from 'react';
import { useEngineStore } from '../../state/engineStore';
import { listings, useListingsStore } from './store';

/** Loads the first dataset and, with `?rows=`, starts embedding as soon as data and model are ready. */
export function useDatasetBootstrap(): void {
  const hasDataset = useListingsStore((s) => s.dataset !== undefined);
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  useEffect(() => void listings.bootstrap(), []);
  useEffect(() => {
    if (hasDataset && ready) void listings.whenReady();
  }, [hasDataset, ready]);
}
