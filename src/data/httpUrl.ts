/**
 * An address the app may fetch: it parses (relative ones against `base`) and is http(s). Anything
 * else (javascript:, data:, a typo that does not parse) is refused with a message by the caller,
 * before any request; the Content Security Policy would block most of it anyway.
 */
export function parseHttpUrl(address: string, base?: string): URL | undefined {
  if (!URL.canParse(address, base)) return undefined;
  const url = new URL(address, base);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}
