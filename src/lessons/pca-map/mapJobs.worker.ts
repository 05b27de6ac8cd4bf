/// <reference lib="webworker" />
/**
 * One map computation per worker (see mapJobsProtocol.ts): the page starts a worker for a job and
 * terminates it to cancel, so no job needs to check for cancellation. Kept to message handling;
 * the work is in mapJobRunner.ts.
 */
import { performMapJob } from './mapJobRunner';
import type { MapJob, MapJobReply } from './mapJobsProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: MapJobReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

scope.onmessage = (event: MessageEvent<MapJob>) => {
  try {
    const { result, transfer } = performMapJob(event.data, (progress) =>
      post({ type: 'progress', progress }),
    );
    post({ type: 'done', result }, transfer);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
