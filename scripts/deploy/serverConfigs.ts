import { apacheHtaccess, nginxSnippet } from '../vite/header-files.ts';
import { securityHeaders } from '../vite/security-headers.ts';

/** The example server configurations in deploy/, generated from the one list of headers. */
export function serverConfigs(): Record<string, string> {
  const headers = securityHeaders();
  return {
    'deploy/nginx/embedding-lab.conf': nginxSnippet(headers),
    'deploy/apache/.htaccess': apacheHtaccess(headers),
  };
}
