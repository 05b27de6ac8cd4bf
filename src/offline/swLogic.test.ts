import { describe, expect, it } from 'vitest';
import { isAppPage, neededPaths, withMissingHeaders } from './swLogic';

describe('withMissingHeaders', () => {
  it('adds the headers a host did not send and keeps the ones it did', () => {
    const sent = new Headers({
      'Content-Type': 'text/html',
      'Cross-Origin-Embedder-Policy': 'credentialless',
    });
    const result = withMissingHeaders(sent, {
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(result.get('Cross-Origin-Embedder-Policy')).toBe('credentialless');
    expect(result.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(result.get('Content-Type')).toBe('text/html');
    expect(sent.has('Cross-Origin-Opener-Policy')).toBe(false);
  });
});

describe('isAppPage', () => {
  const scope = 'https://school.example/course/embedding-lab/';

  it('accepts the folder and index.html with any query and hash', () => {
    expect(isAppPage('https://school.example/course/embedding-lab/', scope)).toBe(true);
    expect(isAppPage('https://school.example/course/embedding-lab/?device=wasm#/search', scope)).toBe(true);
    expect(isAppPage('https://school.example/course/embedding-lab/index.html?x=1', scope)).toBe(true);
  });

  it('rejects other files in the scope', () => {
    expect(isAppPage('https://school.example/course/embedding-lab/models/config.json', scope)).toBe(false);
    expect(isAppPage('https://school.example/course/embedding-lab/other.html', scope)).toBe(false);
  });
});

describe('neededPaths', () => {
  const config = {
    shell: ['index.html', 'assets/index-1.js'],
    deferred: ['assets/ort-wasm-simd-threaded.asyncify-2.wasm', 'assets/ort-wasm-simd-threaded-3.wasm'],
  };
  const toUrl = (path: string) => `https://school.example/lab/${path}`;

  it('is the shell alone until the page knows its runtime', () => {
    expect(neededPaths(config, toUrl)).toEqual(config.shell);
  });

  it('adds only the runtime build the backend loads', () => {
    expect(
      neededPaths(config, toUrl, 'https://school.example/lab/assets/ort-wasm-simd-threaded-3.wasm'),
    ).toEqual([...config.shell, 'assets/ort-wasm-simd-threaded-3.wasm']);
  });
});
