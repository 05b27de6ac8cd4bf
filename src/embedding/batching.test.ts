import { describe, expect, it } from 'vitest';
import { padBatch, planBatches } from './batching';

describe('planBatches', () => {
  it('groups texts of similar length, covering every index once', () => {
    const lengths = [50, 3, 40, 4, 45, 5];
    const batches = planBatches(lengths, 2);
    expect(batches).toEqual([
      [1, 3],
      [5, 2],
      [4, 0],
    ]);
    expect(batches.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('rejects a batch size below 1', () => {
    expect(() => planBatches([1], 0)).toThrow(RangeError);
  });
});

describe('padBatch', () => {
  it('right-pads to the longest sequence and masks the padding', () => {
    const padded = padBatch(
      [
        [101, 7, 102],
        [101, 102],
      ],
      0,
    );
    expect(padded.seq).toBe(3);
    expect(Array.from(padded.inputIds, Number)).toEqual([101, 7, 102, 101, 102, 0]);
    expect(Array.from(padded.attentionMask, Number)).toEqual([1, 1, 1, 1, 1, 0]);
    expect(Array.from(padded.tokenTypeIds, Number)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
