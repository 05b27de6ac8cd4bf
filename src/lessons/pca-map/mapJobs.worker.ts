/// <reference lib="webworker" />
/**
 * One map computation per worker (see mapJobsProtocol.ts), served with the app's one worker RPC.
 * The page terminates the worker to cancel, so no job needs to check for cancellation. Kept to
 * message handling; the work is in mapJobRunner.ts.
 */
import { serveRpc } from '../../workers/rpcServer';
import { withTransfer } from '../../workers/rpcProtocol';
import { performMapJob } from './mapJobRunner';
import type { MapJobsApi } from './mapJobsProtocol';

serveRpc<MapJobsApi>(self as unknown as DedicatedWorkerGlobalScope, {
  run: (job, { progress }) => {
    const { result, transfer } = performMapJob(job, progress);
    return withTransfer(result, transfer);
  },
});
