import { useEffect } from 'react';
import { useEngineStore } from '../state/engineStore';
import { useListingsStore } from '../state/listingsStore';

/** Read once per page load: `?dataset=<url>` picks the CSV, `?rows=<n>` how many rows to embed. */
const params = new URLSearchParams(location.search);
let bootstrapped = false;
let autoStartPending = false;

async function bootstrap(): Promise<void> {
  const store = useListingsStore.getState();
  const rows = Number(params.get('rows'));
  if (Number.isInteger(rows) && rows > 0) {
    store.setRowsRequested(rows);
    autoStartPending = true;
  }
  if (store.dataset) return;
  const url = params.get('dataset');
  if (!url) {
    await store.loadDataset({ kind: 'bundled' });
    return;
  }
  if (await store.loadDataset({ kind: 'url', url })) return;
  // The shared link failed: keep saying why, but give the page the built-in data to work with.
  const failed = useListingsStore.getState().loadError;
  if (await store.loadDataset({ kind: 'bundled' })) useListingsStore.setState({ loadError: failed });
}

/** Loads the first dataset and, with `?rows=`, starts embedding as soon as data and model are ready. */
export function useDatasetBootstrap(): void {
  const hasDataset = useListingsStore((s) => s.dataset !== undefined);
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  useEffect(() => {
    if (bootstrapped) return;
    bootstrapped = true;
    void bootstrap();
  }, []);
  useEffect(() => {
    if (!autoStartPending || !hasDataset || !ready) return;
    autoStartPending = false;
    useListingsStore.getState().startEmbedding();
  }, [hasDataset, ready]);
}
