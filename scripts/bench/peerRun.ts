/** The peer pipeline's run in the benchmark page (see peer.worker.ts). */
export interface PeerRequest {
  modelHost: string;
  model: string;
  texts: string[];
  batchSize: number;
  wasmPaths: { mjs: string; wasm: string };
}

export interface PeerRun {
  texts: number;
  /** Pieces the pipeline read: each text's count, cut at 512. */
  tokens: number;
  seconds: number;
  /** The weights file the pipeline chose by default (model_quantized.onnx is q8). */
  modelFile: string;
  /** onnxruntime-web's thread count after loading (undefined means its own default). */
  threads: number;
}
