/**
 * Groups texts into batches of similar length. A batch is padded to its longest text, so sorting
 * by length first keeps padding (wasted compute) small.
 */
export function planBatches(lengths: readonly number[], batchSize: number): number[][] {
  if (batchSize < 1) throw new RangeError('batchSize must be at least 1');
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b] || a - b);
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += batchSize) {
    batches.push(order.slice(start, start + batchSize));
  }
  return batches;
}

export interface PaddedBatch {
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  tokenTypeIds: BigInt64Array;
  batch: number;
  seq: number;
}

/** Right-pads token id lists into [batch, seq] int64 tensors' data. */
export function padBatch(idLists: readonly (readonly number[])[], padId: number): PaddedBatch {
  const batch = idLists.length;
  const seq = Math.max(...idLists.map((ids) => ids.length));
  const inputIds = new BigInt64Array(batch * seq).fill(BigInt(padId));
  const attentionMask = new BigInt64Array(batch * seq);
  idLists.forEach((ids, b) => {
    ids.forEach((id, t) => {
      inputIds[b * seq + t] = BigInt(id);
      attentionMask[b * seq + t] = 1n;
    });
  });
  return { inputIds, attentionMask, tokenTypeIds: new BigInt64Array(batch * seq), batch, seq };
}
