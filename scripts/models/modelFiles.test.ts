import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnreachable, partialPath, planModelDownload, resumeHeaders } from './modelFiles.ts';

describe('planModelDownload', () => {
  it('lists the config, tokenizer and every ONNX variant the app can request, from the hub', () => {
    const plan = planModelDownload();
    expect(plan.map((d) => d.file)).toEqual([
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model.onnx',
      'onnx/model_fp16.onnx',
      'onnx/model_quantized.onnx',
      'special_tokens_map.json',
    ]);
    expect(plan.find((d) => d.file === 'onnx/model_quantized.onnx')).toEqual({
      file: 'onnx/model_quantized.onnx',
      url: 'https://huggingface.co/Xenova/all-MiniLM-L6-v2/resolve/main/onnx/model_quantized.onnx',
      dest: path.join('public/models', 'Xenova', 'all-MiniLM-L6-v2', 'onnx', 'model_quantized.onnx'),
      optional: false,
    });
    expect(plan.filter((d) => d.optional).map((d) => d.file)).toEqual(['special_tokens_map.json']);
  });

  it('follows another model, revision, folder and hub mirror', () => {
    const [config] = planModelDownload({
      modelId: 'org/other-model',
      revision: 'v1.0',
      outDir: '/srv/models',
      hub: 'https://mirror.example',
    });
    expect(config.url).toBe('https://mirror.example/org/other-model/resolve/v1.0/config.json');
    expect(config.dest).toBe(path.join('/srv/models', 'org', 'other-model', 'config.json'));
  });
});

describe('download helpers', () => {
  it('writes to a .part file next to the destination', () => {
    expect(partialPath('public/models/x/config.json')).toBe('public/models/x/config.json.part');
  });

  it('asks only for the missing bytes when resuming', () => {
    expect(resumeHeaders(0)).toEqual({});
    expect(resumeHeaders(1024)).toEqual({ Range: 'bytes=1024-' });
  });

  it('recognises a machine without network', () => {
    expect(isUnreachable(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }))).toBe(true);
    expect(isUnreachable(new TypeError('fetch failed', { cause: { code: 'EAI_AGAIN' } }))).toBe(true);
    expect(isUnreachable(new Error('HTTP 500'))).toBe(false);
  });
});
