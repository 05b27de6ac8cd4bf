import { describe, expect, it } from 'vitest';
import { matchesHeaderPattern, netlifyHeaders, parseNetlifyHeaders } from './header-files.ts';
import { contentSecurityPolicy, mirrorFolder, securityHeaders } from './security-headers.ts';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows no inline or evaluated script, only WebAssembly compilation', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('report-uri')).toBe(false);
  });

  it("lets the app download the model's hub folder (not the whole hub), its CDN and the dataset host", () => {
    expect(directives(contentSecurityPolicy()).get('connect-src')).toEqual([
      "'self'",
      'https://huggingface.co/Xenova/all-MiniLM-L6-v2/',
      'https://*.huggingface.co',
      'https://*.hf.co',
      'https://raw.githubusercontent.com',
    ]);
    expect(directives(contentSecurityPolicy({ modelId: 'me/my-model' })).get('connect-src')).toContain(
      'https://huggingface.co/me/my-model/',
    );
  });

  it("adds a full-URL model mirror's folder, but nothing for a same-origin path", () => {
    const connect = directives(contentSecurityPolicy({ modelBase: 'https://mirror.example.edu/hf' })).get(
      'connect-src',
    );
    expect(connect).toContain('https://mirror.example.edu/hf/');
    expect(connect).not.toContain('https://mirror.example.edu');
    expect(contentSecurityPolicy({ modelBase: './models' })).toBe(contentSecurityPolicy());
    expect(mirrorFolder('/models')).toEqual([]);
  });

  it('allows the dev nonce and a report address only when asked', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc', reportUri: '/r' }));
    expect(policy.get('script-src')).toContain("'nonce-abc'");
    expect(policy.get('style-src')).toContain("'nonce-abc'");
    expect(policy.get('report-uri')).toEqual(['/r']);
  });
});

describe('_headers', () => {
  it('round-trips through the parser the static server uses', () => {
    const headers = securityHeaders();
    const rules = parseNetlifyHeaders(netlifyHeaders(headers));
    expect(rules).toEqual([{ pattern: '/*', headers }]);
  });

  it('matches path patterns like Netlify', () => {
    expect(matchesHeaderPattern('/*', '/assets/x.js')).toBe(true);
    expect(matchesHeaderPattern('/assets/*', '/index.html')).toBe(false);
    expect(matchesHeaderPattern('/index.html', '/index.html')).toBe(true);
  });
});
