/**
 * Sentence-transformers' pooling for all-MiniLM-L6-v2: average the token vectors the attention
 * mask keeps, then scale to unit length.
 */

export interface TokenOutputs {
  /** Row-major [batch, seq, dims]. */
  data: ArrayLike<number>;
  batch: number;
  seq: number;
  dims: number;
}

/** Mean of each text's unmasked token vectors → row-major [batch, dims]. */
export function meanPool(outputs: TokenOutputs, mask: ArrayLike<number>): Float32Array {
  const { data, batch, seq, dims } = outputs;
  const pooled = new Float32Array(batch * dims);
  for (let b = 0; b < batch; b++) {
    let kept = 0;
    const out = b * dims;
    for (let t = 0; t < seq; t++) {
      if (!mask[b * seq + t]) continue;
      kept++;
      const offset = (b * seq + t) * dims;
      for (let d = 0; d < dims; d++) pooled[out + d] += data[offset + d];
    }
    // sentence-transformers clamps the count at 1e-9, so an all-masked row stays zero.
    const count = Math.max(kept, 1e-9);
    for (let d = 0; d < dims; d++) pooled[out + d] /= count;
  }
  return pooled;
}

/** Scales every row of a row-major [n, dims] matrix to unit length, in place. */
export function normalizeRows(matrix: Float32Array, dims: number): Float32Array {
  for (let start = 0; start < matrix.length; start += dims) {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += matrix[start + d] ** 2;
    // torch.nn.functional.normalize divides by max(norm, 1e-12).
    const length = Math.max(Math.sqrt(sum), 1e-12);
    for (let d = 0; d < dims; d++) matrix[start + d] /= length;
  }
  return matrix;
}
