import { describe, expect, it } from 'vitest';
import { MODEL_CACHE_NAME } from './modelFiles';
import { diagnoseModelFiles, evictModel, type FileCheckDeps } from './modelFileCheck';
import type { ModelSource } from './protocol';

const SOURCE: ModelSource = {
  modelId: 'tiny',
  host: 'https://site.example/models/',
  pathTemplate: '{model}/',
};
const url = (file: string) => `https://site.example/models/tiny/${file}`;
const FAILURE = { kind: 'bad-model' as const, message: 'protobuf parsing failed' };

/** A Cache Storage with one cache, keyed by URL, enough for these checks. */
function fakeDeps(stored: Record<string, Response>, host: (url: string) => Response): FileCheckDeps {
  const entries = new Map(Object.entries(stored));
  const cache = {
    match: async (key: string) => entries.get(key)?.clone(),
    keys: async () => [...entries.keys()].map((key) => new Request(key)),
    delete: async (request: Request) => entries.delete(request.url),
  };
  return {
    fetch: async (input) => host(String(input)),
    caches: {
      has: async (name: string) => name === MODEL_CACHE_NAME,
      open: async () => cache,
    } as unknown as CacheStorage,
  };
}

const ok = () => new Response('', { status: 200, headers: { 'content-type': 'application/octet-stream' } });

describe('diagnoseModelFiles', () => {
  it('names the first file the host does not have, with its URL', async () => {
    const deps = fakeDeps({}, (u) =>
      u.endsWith('tokenizer.json') ? new Response('', { status: 404 }) : ok(),
    );
    expect(await diagnoseModelFiles(SOURCE, 'q8', FAILURE, deps)).toEqual({
      kind: 'not-found',
      file: 'tokenizer.json',
      url: url('tokenizer.json'),
      message:
        'The model folder https://site.example/models/tiny/ is missing or incomplete: tokenizer.json could not be downloaded (the host answered HTTP 404).',
    });
  });

  it('recognises a web page sent in place of a file', async () => {
    const page = () => new Response('', { status: 200, headers: { 'content-type': 'text/html' } });
    const found = await diagnoseModelFiles(SOURCE, 'q8', FAILURE, fakeDeps({}, page));
    expect(found?.file).toBe('config.json');
    expect(found?.message).toContain('the host sent a web page instead');
  });

  it('finds a stored copy shorter than its Content-Length, and stored JSON that does not parse', async () => {
    const short = new Response('ab', { headers: { 'content-length': '10' } });
    const found = await diagnoseModelFiles(
      SOURCE,
      'q8',
      FAILURE,
      fakeDeps({ [url('config.json')]: short }, ok),
    );
    expect(found).toMatchObject({ kind: 'bad-model', file: 'config.json' });
    expect(found?.message).toBe('config.json is damaged: the stored copy has 2 bytes, but the host said 10.');
    const cut = new Response('{"a":');
    const json = await diagnoseModelFiles(
      SOURCE,
      'q8',
      FAILURE,
      fakeDeps({ [url('tokenizer.json')]: cut }, ok),
    );
    expect(json).toMatchObject({
      file: 'tokenizer.json',
      message: expect.stringContaining('not valid JSON'),
    });
  });

  it('blames the weights when every file looks whole but the model did not parse', async () => {
    const found = await diagnoseModelFiles(SOURCE, 'q8', FAILURE, fakeDeps({}, ok));
    expect(found).toMatchObject({ kind: 'bad-model', file: 'onnx/model_quantized.onnx' });
    expect(
      await diagnoseModelFiles(SOURCE, 'q8', { kind: 'internal', message: 'x' }, fakeDeps({}, ok)),
    ).toBeUndefined();
  });
});

describe('evictModel', () => {
  it("deletes this model's stored files and no other", async () => {
    const deps = fakeDeps(
      {
        [url('config.json')]: ok(),
        [url('onnx/model.onnx')]: ok(),
        'https://site.example/models/other/config.json': ok(),
      },
      ok,
    );
    expect(await evictModel(SOURCE, deps)).toBe(2);
    const cache = await deps.caches!.open(MODEL_CACHE_NAME);
    expect((await cache.keys()).map((r) => r.url)).toEqual(['https://site.example/models/other/config.json']);
  });
});
