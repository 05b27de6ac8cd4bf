/** What the profiler feeds the model, in the browser and in Node: shapes matter for speed, token ids do not. */
export interface ProfileRequest {
  modelUrl: string;
  threads: number;
  batch: number;
  sequence: number;
  /** Measured runs, after one warm-up run. */
  runs: number;
}

type MakeTensor<T> = (type: 'int64', values: BigInt64Array, dims: number[]) => T;

/** A full batch of `sequence` tokens each, no padding, like 300 benchmark texts cut to 256. */
export function profileFeeds<T>(batch: number, sequence: number, tensor: MakeTensor<T>): Record<string, T> {
  const size = batch * sequence;
  const ids = BigInt64Array.from({ length: size }, (_, i) => BigInt(1000 + ((i * 7919) % 20000)));
  const dims = [batch, sequence];
  return {
    input_ids: tensor('int64', ids, dims),
    attention_mask: tensor('int64', new BigInt64Array(size).fill(1n), dims),
    token_type_ids: tensor('int64', new BigInt64Array(size), dims),
  };
}
