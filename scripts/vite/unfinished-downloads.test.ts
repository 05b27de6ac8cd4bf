import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removePartialDownloads } from './unfinished-downloads';

describe('removePartialDownloads', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('removes .part files at any depth and keeps the finished ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'models-'));
    dirs.push(dir);
    mkdirSync(path.join(dir, 'Xenova/all-MiniLM-L6-v2/onnx'), { recursive: true });
    const model = path.join(dir, 'Xenova/all-MiniLM-L6-v2');
    writeFileSync(path.join(model, 'config.json'), '{}');
    writeFileSync(path.join(model, 'onnx/model_quantized.onnx.part'), 'half');
    writeFileSync(path.join(model, 'tokenizer.json.part'), 'half');
    const removed = removePartialDownloads(dir).sort();
    expect(removed).toEqual([
      path.join('Xenova/all-MiniLM-L6-v2/onnx/model_quantized.onnx.part'),
      path.join('Xenova/all-MiniLM-L6-v2/tokenizer.json.part'),
    ]);
    expect(existsSync(path.join(model, 'config.json'))).toBe(true);
    expect(existsSync(path.join(model, 'tokenizer.json.part'))).toBe(false);
  });

  it('does nothing when the build has no models folder', () => {
    expect(removePartialDownloads(path.join(tmpdir(), 'no-such-folder-here'))).toEqual([]);
  });
});
