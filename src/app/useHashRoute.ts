import { useSyncExternalStore } from 'react';

/** Hash routes (`#/first-embedding`) work on any static host: the server only ever sees index.html. */
function currentPath(): string {
  return location.hash.replace(/^#/, '') || '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentPath);
}
