import { randomBytes } from 'node:crypto';
import type { Connect, Plugin } from 'vite';
import { netlifyHeaders } from './header-files.ts';
import { securityHeaders, type CspOptions } from './security-headers.ts';

/** Where dev and preview ask the browser to report CSP violations; the e2e tests read them back. */
export const CSP_REPORT_PATH = '/__csp-reports';

/**
 * Sends the security headers (COOP/COEP and the CSP) from `vite` and `vite preview`, and writes
 * them to `_headers` in the build. Dev differs in one way: Vite's inline React Refresh script and
 * injected styles carry a per-server nonce, which the dev policy allows.
 */
export function securityHeadersPlugin(options: Pick<CspOptions, 'modelBase' | 'modelId'>): Plugin {
  const devNonce = randomBytes(16).toString('base64url');
  const reports: unknown[] = [];
  const devHeaders = securityHeaders({ ...options, nonce: devNonce, reportUri: CSP_REPORT_PATH });
  const previewHeaders = securityHeaders({ ...options, reportUri: CSP_REPORT_PATH });
  const middleware =
    (headers: Record<string, string>): Connect.NextHandleFunction =>
    (req, res, next) => {
      if (req.url?.split('?')[0] === CSP_REPORT_PATH) return answerReports(req, res, reports);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      next();
    };
  return {
    name: 'embedding-lab:security-headers',
    config: (_config, { command }) => (command === 'serve' ? { html: { cspNonce: devNonce } } : undefined),
    configureServer: (server) => void server.middlewares.use(middleware(devHeaders)),
    configurePreviewServer: (server) => void server.middlewares.use(middleware(previewHeaders)),
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: netlifyHeaders(securityHeaders(options)),
      });
    },
  };
}

/** POST stores a violation report, GET lists them, DELETE clears them. */
function answerReports(
  req: Connect.IncomingMessage,
  res: import('node:http').ServerResponse,
  reports: unknown[],
) {
  if (req.method === 'POST') {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      try {
        reports.push(JSON.parse(body));
      } catch {
        reports.push({ unparsed: body });
      }
      res.statusCode = 204;
      res.end();
    });
    return;
  }
  if (req.method === 'DELETE') reports.length = 0;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(reports));
}
