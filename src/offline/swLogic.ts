/** Decisions the service worker makes, kept pure so they can be tested without a browser. */

/** The headers of `response` plus each of `wanted` the host did not send itself. */
export function withMissingHeaders(headers: Headers, wanted: Record<string, string>): Headers {
  const result = new Headers(headers);
  for (const [name, value] of Object.entries(wanted)) {
    if (!result.has(name)) result.set(name, value);
  }
  return result;
}

/**
 * Whether a navigation opens the app itself (its folder or its index.html, any query or hash),
 * which the service worker may answer from the cache when the network is gone.
 */
export function isAppPage(url: string, scope: string): boolean {
  const { pathname } = new URL(url);
  const root = new URL(scope).pathname;
  return pathname === root || pathname === `${root}index.html`;
}

/**
 * The precached files a page needs offline: the shell, and of the large runtime builds only the
 * one its backend loads (none until it knows). Paths as in the config; `toUrl` makes them absolute.
 */
export function neededPaths(
  config: { shell: readonly string[]; deferred: readonly string[] },
  toUrl: (path: string) => string,
  runtimeUrl?: string,
): string[] {
  return [...config.shell, ...config.deferred.filter((path) => toUrl(path) === runtimeUrl)];
}
