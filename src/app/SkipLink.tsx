import type { MouseEvent } from 'react';

/** Jumps to the lesson. The hash holds the route, so following `#main` would leave the lesson: move focus instead. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      Skip to content
    </a>
  );
}
