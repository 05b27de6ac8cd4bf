import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_ID, modelFileUrl, resolveModelSource } from './modelSource';
import { readEngineSettings, readThreads } from './settings';

const PAGE = 'https://lab.example.edu/course/index.html?x=1#/first-embedding';

describe('resolveModelSource', () => {
  it('defaults to all-MiniLM-L6-v2 on the Hugging Face hub', () => {
    const source = resolveModelSource({}, PAGE);
    expect(source.modelId).toBe(DEFAULT_MODEL_ID);
    expect(modelFileUrl(source, 'onnx/model_quantized.onnx')).toBe(
      'https://huggingface.co/Xenova/all-MiniLM-L6-v2/resolve/main/onnx/model_quantized.onnx',
    );
  });

  it('resolves a same-origin path against the page', () => {
    const source = resolveModelSource({ modelBase: '/models', modelId: 'tiny-bert' }, PAGE);
    expect(modelFileUrl(source, 'config.json')).toBe('https://lab.example.edu/models/tiny-bert/config.json');
  });

  it('accepts a full mirror URL with or without a trailing slash', () => {
    for (const base of ['https://mirror.example.org/hf', 'https://mirror.example.org/hf/']) {
      const source = resolveModelSource({ modelBase: base }, PAGE);
      expect(modelFileUrl(source, 'tokenizer.json')).toBe(
        'https://mirror.example.org/hf/Xenova/all-MiniLM-L6-v2/tokenizer.json',
      );
    }
  });
});

describe('readEngineSettings', () => {
  it('reads the URL parameters', () => {
    expect(
      readEngineSettings(
        '?device=wasm&dtype=fp32&model=tiny-bert&modelBase=/fixture-models&threads=1',
        {},
        2,
      ),
    ).toEqual({
      device: 'wasm',
      dtype: 'fp32',
      modelId: 'tiny-bert',
      modelBase: '/fixture-models',
      threads: 1,
    });
  });

  it('ignores unknown values and falls back to build-time defaults', () => {
    expect(readEngineSettings('?device=cuda&dtype=int4&threads=0', { modelBase: '/models' }, 2)).toEqual({
      device: 'auto',
      dtype: undefined,
      modelId: undefined,
      modelBase: '/models',
      threadsNotice:
        'The address asks for threads=0, which is not a whole number from 1 to 2; using the default.',
    });
  });
});

describe('readThreads', () => {
  it('keeps a whole number up to the core count', () => {
    expect(readThreads('2', 4)).toEqual({ threads: 2 });
    expect(readThreads(null, 4)).toEqual({});
  });

  it('clamps a count above the cores, and says so', () => {
    expect(readThreads('64', 2)).toEqual({
      threads: 2,
      threadsNotice: 'The address asks for 64 threads, but this device has 2 cores; using 2.',
    });
  });

  it('refuses what is not a whole number, and says so', () => {
    for (const value of ['0', '-1', '1.5', 'many'])
      expect(readThreads(value, 4)).toEqual({
        threadsNotice: `The address asks for threads=${value}, which is not a whole number from 1 to 4; using the default.`,
      });
  });
});

describe('resolveModelSource refuses what cannot be a model source', () => {
  it('names a malformed model id', () => {
    for (const modelId of ['<img src=x onerror=alert(1)>', '../secrets', 'a/b/c', 'owner/..']) {
      expect(() => resolveModelSource({ modelId }, PAGE)).toThrow(`“${modelId}” is not a model id`);
    }
  });

  it('names a base that is neither a path nor an http(s) address', () => {
    for (const modelBase of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'http://[',
      'ftp://mirror.example.org/hf',
    ]) {
      expect(() => resolveModelSource({ modelBase }, PAGE)).toThrow(
        `“${modelBase}” is not a place to load a model from`,
      );
    }
  });

  it('throws an EmbeddingError of kind bad-model, which the load panel shows', () => {
    expect(() => resolveModelSource({ modelId: 'a b' }, PAGE)).toThrow(
      expect.objectContaining({ detail: expect.objectContaining({ kind: 'bad-model' }) }),
    );
  });
});
