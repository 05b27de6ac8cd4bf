import { useEffect, useState } from 'react';
import type { PcaWorkerClient } from './pcaWorkerClient';

/** How many true neighbours a hovered point is linked to. */
export const LINKED_NEIGHBOURS = 5;

/**
 * The true (full-dimension, cosine) nearest neighbours of one point, asked of the worker and
 * remembered per point, so sweeping the pointer back and forth asks each point only once.
 */
export function useNeighbourLinks(
  client: PcaWorkerClient | undefined,
  point: number | null,
): { from: number; to: Int32Array } | null {
  const [known, setKnown] = useState<{ client?: PcaWorkerClient; byPoint: Map<number, Int32Array> }>({
    byPoint: new Map(),
  });
  const cache = known.client === client ? known.byPoint : undefined;
  const found = point !== null ? cache?.get(point) : undefined;
  useEffect(() => {
    if (!client || point === null || found) return;
    // Answers for points the pointer has already left are kept too: it may come back.
    client
      .neighbours(point, LINKED_NEIGHBOURS)
      .then((neighbours) => {
        setKnown((previous) => {
          const byPoint = new Map(previous.client === client ? previous.byPoint : []);
          byPoint.set(point, neighbours);
          return { client, byPoint };
        });
      })
      // A look-up that fails (the map is being replaced) just draws no lines.
      .catch(() => {});
  }, [client, point, found]);
  return point !== null && found ? { from: point, to: found } : null;
}
