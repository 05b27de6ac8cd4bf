/**
 * Where a set of vectors came from, and the one rule for which vectors may be compared. Vectors are
 * comparable when the same model at the same precision (dtype) made them: a q8 query among fp16
 * listings gives similarities that are slightly but visibly off. The backend is recorded and shown;
 * on its own it does not make vectors incomparable (WebGPU and WASM agree to 1e-3 at the same dtype,
 * which e2e/webgpu.spec.ts checks).
 */
import type { Device, Dtype } from '../../embedding/protocol';

/** 'node': made ahead of time by `npm run precompute` (onnxruntime-node on the CPU). */
export type Backend = Device | 'node';

export interface ModelProvenance {
  modelId: string;
  dtype: Dtype;
  backend: Backend;
}

/** A vector set: the model that made it and the dataset (one load of one CSV) it belongs to. */
export interface VectorProvenance extends ModelProvenance {
  /** Grows with every load or column change, so two loads of one file are still told apart. */
  datasetId: number;
  datasetName: string;
}

export type Comparison = { ok: true } | { ok: false; reason: string };

const BACKEND_NAMES: Record<Backend, string> = {
  webgpu: 'WebGPU',
  wasm: 'WASM',
  node: 'Node, ahead of time',
};

/** "Xenova/all-MiniLM-L6-v2 (fp16, WebGPU)". */
export function describeModel(model: ModelProvenance): string {
  return `${model.modelId} (${model.dtype}, ${BACKEND_NAMES[model.backend]})`;
}

/** May vectors made by `made` be compared with a vector made by `now`? If not, why. */
export function compareModels(made: ModelProvenance, now: ModelProvenance): Comparison {
  if (made.modelId === now.modelId && made.dtype === now.dtype) return { ok: true };
  return {
    ok: false,
    reason: `These vectors were made with ${describeModel(made)}; the model is now ${describeModel(now)}. Vectors from different models or precisions must not be compared`,
  };
}
