import { useEffect, useState } from 'react';
import { modelFilesFor } from '../embedding/modelFiles';
import { modelFileUrl, resolveModelSource } from '../embedding/modelSource';
import { runtimeFiles } from '../embedding/runtimeFiles';
import { useEngineStore } from '../state/engineStore';
import { appFilesStored, modelFilesStored } from './offlineChecks';
import type { OfflineCheck } from './offlineReport';

/**
 * What this browser has stored for offline use, re-read when the model becomes ready and when the
 * service worker takes over or stores a file. Undefined until the first reading.
 */
export function useOfflineStatus(): OfflineCheck | undefined {
  const status = useEngineStore((s) => s.status);
  const modelBase = useEngineStore((s) => s.settings.modelBase);
  const [check, setCheck] = useState<OfflineCheck>();
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const container = navigator.serviceWorker;
    if (!container) return;
    const onChange = () => setChanges((n) => n + 1);
    container.addEventListener('controllerchange', onChange);
    container.addEventListener('message', onChange);
    return () => {
      container.removeEventListener('controllerchange', onChange);
      container.removeEventListener('message', onChange);
    };
  }, []);

  const info = status.phase === 'ready' ? status.info : undefined;
  useEffect(() => {
    let current = true;
    const read = async (): Promise<OfflineCheck> => {
      // Once the model is ready the runtime has been fetched: store it now if the page got it first.
      const app = await appFilesStored(info && runtimeFiles(info.device, location.href).wasm);
      if (!info) return { app, model: 'not-loaded' };
      const source = resolveModelSource({ modelBase, modelId: info.modelId }, location.href);
      const urls = modelFilesFor(info.dtype).map((file) => modelFileUrl(source, file));
      return { app, model: { ...(await modelFilesStored(urls)), modelId: info.modelId, dtype: info.dtype } };
    };
    read().then(
      (next) => current && setCheck(next),
      (error: unknown) => console.warn('Could not read the offline storage.', error),
    );
    return () => {
      current = false;
    };
  }, [info, modelBase, changes]);

  return check;
}
