import path from 'node:path';
import { EmbeddingEngine } from '../../src/embedding/engine.ts';
import type { Dtype } from '../../src/embedding/protocol.ts';
import { truncateTokenIds } from '../../src/embedding/truncation.ts';

export interface Measurement {
  config: string;
  texts: number;
  tokens: number;
  seconds: number;
  note?: string;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/models');

/** onnxruntime-node through the same engine code (tokenizer, truncation, pooling) as the browser. */
export async function measureNative(
  modelId: string,
  dtype: Dtype,
  texts: string[],
  batchSize: number,
): Promise<Measurement> {
  const engine = await EmbeddingEngine.load({
    modelId,
    source: { kind: 'local', dir: `${FIXTURES}/` },
    device: 'cpu',
    dtype,
  });
  await engine.embedAll(texts.slice(0, 2 * batchSize), batchSize); // untimed warm-up, as in the browser
  const started = performance.now();
  await engine.embedAll(texts, batchSize);
  const seconds = (performance.now() - started) / 1000;
  const tokens = texts.reduce((sum, text) => sum + truncateTokenIds(engine.encode(text)).length, 0);
  await engine.dispose();
  return { config: `node-${dtype}`, texts: texts.length, tokens, seconds, note: 'onnxruntime-node' };
}
