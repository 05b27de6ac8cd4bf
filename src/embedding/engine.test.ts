/**
 * Fidelity of the embedding pipeline on the generated `tiny-bert` fixture (random weights; the
 * arithmetic, tokenizer layout and file layout are those of all-MiniLM-L6-v2). Needs
 * `npm run fixtures` first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddingEngine } from './engine';
import { MAX_TOKENS } from './truncation';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/models');
const MODEL_FILE = path.join(FIXTURES, 'tiny-bert/onnx/model.onnx');
const missingFixtures = !existsSync(MODEL_FILE);
if (missingFixtures)
  console.warn(`Skipping the engine tests: ${MODEL_FILE} is missing. Run \`npm run fixtures\` first.`);

let engine: EmbeddingEngine;

beforeAll(async () => {
  if (missingFixtures) return;
  engine = await EmbeddingEngine.load({
    modelId: 'tiny-bert',
    source: { kind: 'local', dir: `${FIXTURES}/` },
    device: 'cpu',
    dtype: 'fp32',
  });
});

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

function lengthOf(v: Float32Array): number {
  return Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
}

/** Words the fixture vocabulary holds whole, so "n words" is exactly "n word pieces". */
const SINGLE_PIECE_WORDS = [
  'data',
  'python',
  'team',
  'build',
  'cloud',
  'web',
  'design',
  'test',
  'the',
  'and',
];

function wordsText(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => SINGLE_PIECE_WORDS[(i * 7 + (i >> 2)) % SINGLE_PIECE_WORDS.length],
  ).join(' ');
}

describe.skipIf(missingFixtures)('embedding pipeline on tiny-bert', () => {
  const texts = [
    'A data scientist who knows Python.',
    'Registered nurse for a busy medical ward, night shifts.',
    'Hi',
    'Café au lait in Zürich – naïve résumé 🙂 and 東京.',
    wordsText(300),
  ];

  it('gives unit-length vectors of the model width', async () => {
    const vectors = await engine.embedAll(texts);
    expect(vectors.length).toBe(texts.length * engine.dims);
    for (let i = 0; i < texts.length; i++) {
      expect(lengthOf(vectors.subarray(i * engine.dims, (i + 1) * engine.dims))).toBeCloseTo(1, 5);
    }
  });

  it('gives the same vectors in a padded batch as one text at a time', async () => {
    const batched = await engine.embedAll(texts, 8);
    for (let i = 0; i < texts.length; i++) {
      const alone = await engine.embedAll([texts[i]]);
      expect(maxAbsDiff(batched.subarray(i * engine.dims, (i + 1) * engine.dims), alone)).toBeLessThan(1e-5);
    }
  });

  it('distinguishes different texts', async () => {
    const [a, b] = [await engine.embedAll([texts[0]]), await engine.embedAll([texts[1]])];
    expect(maxAbsDiff(a, b)).toBeGreaterThan(1e-2);
  });

  it('cuts a 400-word text to [CLS] + 254 pieces + [SEP], like sentence-transformers', async () => {
    for (const word of SINGLE_PIECE_WORDS) expect(engine.encode(word)).toHaveLength(3);
    const long = wordsText(400);
    const cutByHand = wordsText(MAX_TOKENS - 2);
    expect(engine.encode(cutByHand)).toHaveLength(MAX_TOKENS);
    const [fromLong, fromCut] = [await engine.embedAll([long]), await engine.embedAll([cutByHand])];
    expect(maxAbsDiff(fromLong, fromCut)).toBeLessThan(1e-5);
  });

  it('ignores words appended past the limit', async () => {
    const base = wordsText(300);
    const [a, b] = [
      await engine.embedAll([base]),
      await engine.embedAll([`${base} nurse chef truck teacher`]),
    ];
    expect(maxAbsDiff(a, b)).toBeLessThan(1e-6);
  });

  it('stops between batches when asked', async () => {
    const delivered: number[] = [];
    await engine.embed(
      texts,
      2,
      (batch) => delivered.push(...batch.indices),
      () => delivered.length >= 2,
    );
    expect(delivered).toHaveLength(2);
  });

  it('reports the word pieces and the full count of a truncated text', async () => {
    const inspection = await engine.inspect(wordsText(400));
    expect(inspection.tokens).toHaveLength(MAX_TOKENS);
    expect(inspection.fullTokenCount).toBe(402);
    expect(inspection.tokens[0].text).toBe('[CLS]');
    expect(inspection.tokens.at(-1)!.text).toBe('[SEP]');
    expect(inspection.tokenVectors.length).toBe(MAX_TOKENS * engine.dims);
  });

  it('matches a reference computed directly with onnxruntime (mean over the mask, then L2)', async () => {
    const text = texts[1];
    const ids = engine.encode(text);
    const session = await ort.InferenceSession.create(MODEL_FILE);
    const shape = [1, ids.length];
    const outputs = await session.run({
      input_ids: new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), shape),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), shape),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), shape),
    });
    const hidden = outputs.last_hidden_state.data as Float32Array;
    const dims = engine.dims;
    const reference = new Float64Array(dims);
    for (let t = 0; t < ids.length; t++)
      for (let d = 0; d < dims; d++) reference[d] += hidden[t * dims + d] / ids.length;
    const length = Math.hypot(...reference);
    const expected = Array.from(reference, (x) => x / length);
    expect(maxAbsDiff(await engine.embedAll([text]), expected)).toBeLessThan(1e-5);
  });
});
