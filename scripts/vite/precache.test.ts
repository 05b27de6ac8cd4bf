import { describe, expect, it } from 'vitest';
import { planPrecache, precacheVersion } from './precache.ts';

describe('planPrecache', () => {
  it('stores the app at install, the WASM on first use, and never the model folder or build metadata', () => {
    const plan = planPrecache([
      'index.html',
      'assets/index-abc.js',
      'assets/index-abc.css',
      'assets/embedding.worker-def.js',
      'assets/ort-wasm-simd-threaded.asyncify-123.mjs',
      'assets/ort-wasm-simd-threaded.asyncify-456.wasm',
      'assets/ort-wasm-simd-threaded-789.mjs',
      'assets/ort-wasm-simd-threaded-012.wasm',
      'data/job-listings.csv',
      'models/Xenova/all-MiniLM-L6-v2/onnx/model.onnx',
      '.vite/manifest.json',
      'assets/index-abc.js.map',
      '_headers',
      'sw.js',
      '.nojekyll',
    ]);
    expect(plan.shell).toEqual([
      'assets/embedding.worker-def.js',
      'assets/index-abc.css',
      'assets/index-abc.js',
      'assets/ort-wasm-simd-threaded-789.mjs',
      'assets/ort-wasm-simd-threaded.asyncify-123.mjs',
      'data/job-listings.csv',
      'index.html',
    ]);
    expect(plan.deferred).toEqual([
      'assets/ort-wasm-simd-threaded-012.wasm',
      'assets/ort-wasm-simd-threaded.asyncify-456.wasm',
    ]);
  });
});

describe('precacheVersion', () => {
  it('changes when a file changes and ignores the order files came in', () => {
    const a = precacheVersion(
      new Map([
        ['index.html', 'v1'],
        ['data/x.csv', 'rows'],
      ]),
    );
    const sameOtherOrder = precacheVersion(
      new Map([
        ['data/x.csv', 'rows'],
        ['index.html', 'v1'],
      ]),
    );
    const changed = precacheVersion(
      new Map([
        ['index.html', 'v2'],
        ['data/x.csv', 'rows'],
      ]),
    );
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(sameOtherOrder).toBe(a);
    expect(changed).not.toBe(a);
  });
});
