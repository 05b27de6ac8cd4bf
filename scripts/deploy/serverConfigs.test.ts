import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../vite/security-headers.ts';
import { serverConfigs } from './serverConfigs.ts';

describe('deploy/ server examples', () => {
  it('match the headers the app is tested with (run npm run deploy:configs after changing them)', () => {
    for (const [file, text] of Object.entries(serverConfigs())) {
      expect(readFileSync(file, 'utf8'), file).toBe(text);
    }
  });

  it('set the CSP and isolation headers on every response', () => {
    const { 'deploy/nginx/embedding-lab.conf': nginx, 'deploy/apache/.htaccess': apache } = serverConfigs();
    expect(nginx).toContain(`add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`);
    expect(nginx).toContain('add_header Cross-Origin-Embedder-Policy "require-corp" always;');
    expect(nginx).toContain('application/wasm wasm;');
    expect(apache).toContain(`Header always set Content-Security-Policy "${contentSecurityPolicy()}"`);
    expect(apache).toContain('Header always set Cross-Origin-Opener-Policy "same-origin"');
    expect(apache).toContain('AddType application/wasm .wasm');
  });
});
