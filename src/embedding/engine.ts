/**
 * The embedding pipeline of sentence-transformers' all-MiniLM-L6-v2, on transformers.js:
 * tokenize → cut to 256 word pieces keeping [CLS] … [SEP] → BERT → mean-pool over the attention
 * mask → L2-normalise. Runs in the browser worker and in Node (tests, benchmark) alike.
 */
import {
  AutoModel,
  AutoTokenizer,
  Tensor,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  type ProgressInfo,
} from '@huggingface/transformers';
import { meanPool, normalizeRows } from '../math/pooling';
import { padBatch, planBatches } from './batching';
import { nextTask } from './nextTask';
import type { Dtype, FileProgress, Inspection, TokenPiece } from './protocol';
import { MAX_TOKENS, truncateTokenIds, truncationCut } from './truncation';

export type EngineSource =
  | { kind: 'remote'; host: string; pathTemplate: string }
  /** A folder on disk holding `<modelId>/…` (Node only). */
  | { kind: 'local'; dir: string };

export interface EngineOptions {
  modelId: string;
  source: EngineSource;
  /** 'cpu' is onnxruntime-node's CPU provider. */
  device: 'webgpu' | 'wasm' | 'cpu';
  dtype: Dtype;
  onProgress?: (progress: FileProgress) => void;
}

export interface EmbeddedBatch {
  indices: Int32Array;
  vectors: Float32Array;
  tokenCounts: Int32Array;
}

/** Points transformers.js at the model files. Global to the module, so one source per worker. */
function configureSource(source: EngineSource): void {
  if (source.kind === 'local') {
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    env.localModelPath = source.dir;
  } else {
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.remoteHost = source.host;
    env.remotePathTemplate = source.pathTemplate;
  }
}

function toFileProgress(info: ProgressInfo): FileProgress | undefined {
  if (info.status === 'progress') {
    return { file: info.file, loaded: info.loaded, total: info.total, done: false };
  }
  if (info.status === 'done') return { file: info.file, loaded: -1, total: -1, done: true };
  return undefined;
}

export class EmbeddingEngine {
  readonly dims: number;
  readonly maxTokens = MAX_TOKENS;
  /** Set by generated test models (`_fixture_note` in config.json): their weights are random. */
  readonly fixtureNote?: string;

  private constructor(
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
  ) {
    const config = model.config as unknown as { hidden_size: number; _fixture_note?: string };
    this.dims = config.hidden_size;
    this.fixtureNote = config._fixture_note;
  }

  static async load(options: EngineOptions): Promise<EmbeddingEngine> {
    configureSource(options.source);
    const progress_callback = (info: ProgressInfo) => {
      const progress = toFileProgress(info);
      if (progress) options.onProgress?.(progress);
    };
    const tokenizer = await AutoTokenizer.from_pretrained(options.modelId, { progress_callback });
    const model = await AutoModel.from_pretrained(options.modelId, {
      device: options.device,
      dtype: options.dtype,
      progress_callback,
    });
    return new EmbeddingEngine(tokenizer, model);
  }

  /** Word-piece ids with [CLS]/[SEP], before truncation. */
  encode(text: string): number[] {
    return this.tokenizer.encode(text);
  }

  /** Full piece counts, and (with `locate`) where the model stops reading each text. */
  truncation(texts: readonly string[], locate: boolean): { counts: Int32Array; cuts: Int32Array } {
    const count = (text: string) => this.encode(text).length;
    return {
      counts: Int32Array.from(texts, count),
      cuts: Int32Array.from(texts, (text) => (locate ? truncationCut(text, count, this.maxTokens) : -1)),
    };
  }

  /**
   * Embeds texts in length-sorted batches and hands each batch over as soon as it is done.
   * `shouldStop` is checked between batches, which is where a cancelled job ends.
   */
  async embed(
    texts: readonly string[],
    batchSize: number,
    onBatch: (batch: EmbeddedBatch) => void,
    shouldStop: () => boolean = () => false,
  ): Promise<void> {
    const idLists = texts.map((text) => truncateTokenIds(this.encode(text), this.maxTokens));
    for (const indices of planBatches(
      idLists.map((ids) => ids.length),
      batchSize,
    )) {
      // A model run settles through microtasks only; yielding a task lets the worker read its
      // inbox (a cancel, or a search query that should go in between batches).
      await nextTask();
      if (shouldStop()) return;
      const batchIds = indices.map((i) => idLists[i]);
      const { pooled } = await this.run(batchIds);
      onBatch({
        indices: Int32Array.from(indices),
        vectors: normalizeRows(pooled, this.dims),
        tokenCounts: Int32Array.from(batchIds, (ids) => ids.length),
      });
    }
  }

  /** Embeds texts in the given order; convenient for tests and scripts. */
  async embedAll(texts: readonly string[], batchSize = 16): Promise<Float32Array> {
    const vectors = new Float32Array(texts.length * this.dims);
    await this.embed(texts, batchSize, (batch) => {
      batch.indices.forEach((textIndex, k) => {
        vectors.set(batch.vectors.subarray(k * this.dims, (k + 1) * this.dims), textIndex * this.dims);
      });
    });
    return vectors;
  }

  /** One text, with everything a lesson wants to show about how it became a vector. */
  async inspect(text: string): Promise<Inspection> {
    const started = performance.now();
    const fullIds = this.encode(text);
    const ids = truncateTokenIds(fullIds, this.maxTokens);
    const { hidden, pooled } = await this.run([ids]);
    const vector = normalizeRows(pooled.slice(), this.dims);
    const tokens: TokenPiece[] = ids.map((id) => ({
      id,
      text: this.tokenizer._tokenizer.id_to_token(id) ?? '[UNK]',
    }));
    return {
      tokens,
      fullTokenCount: fullIds.length,
      vector,
      tokenVectors: hidden.slice(),
      pooled,
      dims: this.dims,
      ms: performance.now() - started,
    };
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }

  private async run(idLists: readonly (readonly number[])[]) {
    const padId = this.tokenizer.pad_token_id ?? 0;
    const padded = padBatch(idLists, padId);
    const shape = [padded.batch, padded.seq];
    const outputs = await this.model({
      input_ids: new Tensor('int64', padded.inputIds, shape),
      attention_mask: new Tensor('int64', padded.attentionMask, shape),
      token_type_ids: new Tensor('int64', padded.tokenTypeIds, shape),
    });
    const state = outputs.last_hidden_state as Tensor;
    const hiddenTensor = state.type === 'float32' ? state : state.to('float32');
    const hidden = hiddenTensor.data as Float32Array;
    const pooled = meanPool(
      { data: hidden, batch: padded.batch, seq: padded.seq, dims: this.dims },
      Uint8Array.from(padded.attentionMask, Number),
    );
    return { hidden, pooled };
  }
}
