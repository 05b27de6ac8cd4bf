/**
 * The embedding worker's API, spoken through the app's one worker RPC (src/workers): each method's
 * params, result and progress events. Vectors travel as one Float32Array (row-major [n, dims]),
 * transferred rather than copied.
 */
import type { Method } from '../workers/rpcProtocol';

export type Device = 'webgpu' | 'wasm';
export type DevicePreference = Device | 'auto';
export type Dtype = 'fp32' | 'fp16' | 'q8';

/** Where model files come from: `<host><pathTemplate with {model}>/<file>`. */
export interface ModelSource {
  modelId: string;
  /** Absolute base URL ending in '/', e.g. 'https://huggingface.co/' or 'http://localhost:4173/models/'. */
  host: string;
  /** transformers.js remotePathTemplate, e.g. '{model}/resolve/{revision}/' for the hub. */
  pathTemplate: string;
}

export interface LoadConfig {
  source: ModelSource;
  device: Device;
  dtype: Dtype;
  /** WASM threads; ignored by WebGPU sessions except for CPU-side fallbacks inside onnxruntime. */
  numThreads: number;
  /** Same-origin URLs of onnxruntime-web's runtime files. */
  wasmPaths: { mjs: string; wasm: string };
  /** A model download that receives nothing for this long fails with kind 'stalled'. */
  stallMs: number;
}

export interface BackendInfo {
  device: Device;
  dtype: Dtype;
  numThreads: number;
  modelId: string;
  dims: number;
  maxTokens: number;
  crossOriginIsolated: boolean;
  /** Present for generated test models, whose vectors are real computation but carry no meaning. */
  fixtureNote?: string;
}

export interface FileProgress {
  file: string;
  loaded: number;
  total: number;
  done: boolean;
}

/** One word piece of a text, as the model saw it. */
export interface TokenPiece {
  id: number;
  text: string;
}

export interface Inspection {
  /** Pieces fed to the model, `[CLS] … [SEP]`, after truncation. */
  tokens: TokenPiece[];
  /** How many pieces the full text had before truncation (including [CLS] and [SEP]). */
  fullTokenCount: number;
  vector: Float32Array;
  /** Token-level outputs of the model, row-major [tokens.length, dims]. */
  tokenVectors: Float32Array;
  /** Mean of the token vectors before normalisation. */
  pooled: Float32Array;
  dims: number;
  ms: number;
}

/** Why a request failed. A cancelled request is no failure: it rejects with an AbortError. */
export type ErrorKind = 'network' | 'stalled' | 'not-found' | 'webgpu' | 'bad-model' | 'internal';

export interface WorkerError {
  kind: ErrorKind;
  message: string;
  /** The URL that failed, when a download failed. */
  url?: string;
  /** The model file (path inside the model folder) that is missing or damaged, when known. */
  file?: string;
}

/** One finished batch of an `embed` request. */
export interface EmbedBatch {
  /** Positions in the request's `texts` that this batch covers. */
  indices: Int32Array;
  vectors: Float32Array;
  tokenCounts: Int32Array;
  dims: number;
}

export interface TruncationResult {
  /** Pieces of each full text, [CLS] and [SEP] included. */
  counts: Int32Array;
  /** Character offset where the model stops reading (text length when nothing is cut; -1 unless located). */
  cuts: Int32Array;
}

export type EmbeddingApi = {
  /** Loads the model on one backend; progress per file. */
  load: Method<LoadConfig, BackendInfo, FileProgress>;
  /** Embeds texts in batches; each batch arrives as a progress event. */
  embed: Method<{ texts: string[]; batchSize: number }, { ms: number }, EmbedBatch>;
  inspect: Method<{ text: string }, Inspection>;
  /** Word-piece counts of texts; with `locate`, also where the 256-piece cut falls in each. */
  truncation: Method<{ texts: string[]; locate: boolean }, TruncationResult>;
};
