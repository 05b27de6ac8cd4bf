import { describe, expect, it } from 'vitest';
import { classifyFiles, type Manifest } from './classify.ts';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_vendor-b.js'],
    dynamicImports: ['src/lessons/map/MapPage.tsx'],
    css: ['assets/index-a.css'],
    assets: ['assets/ort-c.mjs', 'assets/ort-d.wasm', 'assets/embedding.worker-e.js'],
  },
  '_vendor-b.js': { file: 'assets/vendor-b.js' },
  'src/lessons/map/MapPage.tsx': {
    file: 'assets/MapPage-f.js',
    imports: ['_vendor-b.js', '_d3-g.js'],
    css: ['assets/MapPage-f.css'],
  },
  '_d3-g.js': { file: 'assets/d3-g.js' },
  'node_modules/onnxruntime-web/dist/ort.mjs': {
    file: 'assets/ort-c.mjs',
    src: 'node_modules/onnxruntime-web/dist/ort.mjs',
  },
};

describe('classifyFiles', () => {
  it('sorts files into initial, lazy, worker, runtime and the rest', () => {
    const kinds = classifyFiles(manifest, [
      'assets/index-a.js',
      'assets/vendor-b.js',
      'assets/index-a.css',
      'assets/MapPage-f.js',
      'assets/MapPage-f.css',
      'assets/d3-g.js',
      'assets/ort-c.mjs',
      'assets/ort-d.wasm',
      'assets/embedding.worker-e.js',
      'sw.js',
      'index.html',
      'data/job-listings.csv',
    ]);
    expect(Object.fromEntries(kinds)).toEqual({
      'assets/index-a.js': 'initial JS',
      'assets/vendor-b.js': 'initial JS',
      'assets/index-a.css': 'initial CSS',
      'assets/MapPage-f.js': 'lazy JS',
      'assets/MapPage-f.css': 'lazy CSS',
      'assets/d3-g.js': 'lazy JS',
      'assets/ort-c.mjs': 'WASM runtime',
      'assets/ort-d.wasm': 'WASM runtime',
      'assets/embedding.worker-e.js': 'worker',
      'sw.js': 'service worker',
      'index.html': 'other',
      'data/job-listings.csv': 'other',
    });
  });
});
