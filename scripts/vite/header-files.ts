/**
 * The security headers as configuration files for static hosts: `_headers` (Netlify, Cloudflare
 * Pages; written into every build), an nginx snippet and an Apache `.htaccess` (in deploy/).
 */
const GENERATED = 'Generated from scripts/vite/security-headers.ts; change that file, not this one.';

/** Netlify / Cloudflare Pages `_headers`: a path pattern, then its headers indented. */
export function netlifyHeaders(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [`# ${GENERATED}`, '/*', ...lines, ''].join('\n');
}

/** Parses a `_headers` file into rules, for servers that apply it (scripts/serve). */
export function parseNetlifyHeaders(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`Unexpected line in _headers: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** Whether a `_headers` path pattern (`/*`, `/assets/*`, `/index.html`) matches a site path. */
export function matchesHeaderPattern(pattern: string, sitePath: string): boolean {
  if (pattern.endsWith('*')) return sitePath.startsWith(pattern.slice(0, -1));
  return sitePath === pattern;
}

export function nginxSnippet(headers: Record<string, string>): string {
  return [
    `# Embedding Lab: headers and file types for the location that serves dist/.`,
    `# ${GENERATED}`,
    '#',
    '# Include it inside the location block, for example:',
    '#   location = /course/embedding-lab { return 301 /course/embedding-lab/; }',
    '#   location /course/embedding-lab/ {',
    '#     alias /srv/embedding-lab/dist/;',
    '#     include /etc/nginx/snippets/embedding-lab.conf;',
    '#   }',
    '# nginx ignores inherited add_header lines in a block that has its own, so every header is here.',
    ...Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
    '# The WASM runtime must be served as application/wasm, and .mjs files as JavaScript.',
    'types {',
    '  text/html html;',
    '  text/css css;',
    '  text/javascript js mjs;',
    '  application/wasm wasm;',
    '  application/json json;',
    '  text/csv csv;',
    '  application/octet-stream onnx;',
    '}',
    '',
  ].join('\n');
}

export function apacheHtaccess(headers: Record<string, string>): string {
  return [
    '# Embedding Lab: put this file next to index.html in the folder that serves dist/.',
    `# ${GENERATED}`,
    '# It needs mod_headers (a2enmod headers) and "AllowOverride FileInfo" for the folder;',
    '# where overrides are off, put the same lines in the <Directory> block of the site instead.',
    '<IfModule mod_headers.c>',
    ...Object.entries(headers).map(([name, value]) => `  Header always set ${name} "${value}"`),
    '</IfModule>',
    '',
    '# The WASM runtime must be served as application/wasm, and .mjs files as JavaScript.',
    'AddType application/wasm .wasm',
    'AddType text/javascript .mjs',
    '',
  ].join('\n');
}
