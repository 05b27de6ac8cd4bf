import { describe, expect, it } from 'vitest';
import { isAppPage, withMissingHeaders } from './swLogic';

describe('withMissingHeaders', () => {
  it('adds the headers a host did not send and keeps the ones it did', () => {
    const sent = new Headers({ 'Content-Type': 'text/html', 'Cross-Origin-Embedder-Policy': 'credentialless' });
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
