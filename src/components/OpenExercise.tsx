import type { ReactNode } from 'react';

/** The open exercise at the end of a lesson: a task with no single right answer, to try on the page. */
export function OpenExercise({ task, children }: { task: string; children?: ReactNode }) {
  return (
    <section className="open-exercise" aria-labelledby="open-exercise-heading" data-testid="open-exercise">
      <h2 id="open-exercise-heading">Open exercise</h2>
      <p>
        <strong>{task}</strong>
      </p>
      {children}
      <p className="muted">Write down what you found, to share with the class.</p>
    </section>
  );
}
