import { LESSONS } from './lessons';

/** An address that names no lesson (a typo, an old link): say so instead of showing lesson 1. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <section className="not-found" data-testid="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        There is no lesson at <code>#{path}</code>. The link may be mistyped or from an older version of the
        course.
      </p>
      <p>
        <a className="button-link" href={`#${LESSONS[0].path}`}>
          Start with lesson 1: {LESSONS[0].title}
        </a>{' '}
        or pick a lesson above.
      </p>
    </section>
  );
}
