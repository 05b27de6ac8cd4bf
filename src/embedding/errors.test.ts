import { describe, expect, it } from 'vitest';
import { classifyError } from './errors';

describe('classifyError', () => {
  it('blames an HTTP 404 seen during the load, even when the thrown message is unrelated', () => {
    const error = classifyError(
      new TypeError("Cannot read properties of undefined (reading 'tokenizer_class')"),
      {
        failed: { url: 'https://mirror.example/m/tokenizer_config.json', status: 404 },
      },
    );
    expect(error.kind).toBe('not-found');
    expect(error.url).toBe('https://mirror.example/m/tokenizer_config.json');
  });

  it('treats other HTTP errors as network problems', () => {
    expect(classifyError(new Error('x'), { failed: { url: 'https://h/x', status: 503 } }).kind).toBe(
      'network',
    );
  });

  it('names the last requested URL when fetch itself failed', () => {
    const error = classifyError(new TypeError('Failed to fetch'), {
      lastUrl: 'https://huggingface.co/a/config.json',
    });
    expect(error).toMatchObject({ kind: 'network', url: 'https://huggingface.co/a/config.json' });
  });

  it('reads the URL from transformers.js "could not locate file" errors', () => {
    const error = classifyError(new Error('Could not locate file: "https://h/m/onnx/model.onnx".'));
    expect(error).toMatchObject({ kind: 'not-found', url: 'https://h/m/onnx/model.onnx' });
  });

  it('keeps unknown failures as internal', () => {
    expect(classifyError('boom').kind).toBe('internal');
  });
});
