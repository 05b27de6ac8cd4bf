import type { LessonEntry } from '../../lessons';
import { PulseReader } from '../pulse/PulseReader';
import { writeFlag } from '../workshopUrl';
import { AgendaTable } from './AgendaTable';
import { StepNotesView } from './StepNotesView';

/** Everything the instructor needs, opened from the step bar: plan, notes, projector, class pulse. */
export function InstructorPanel({ lesson, steps }: { lesson: LessonEntry; steps: readonly string[] }) {
  const projectorHref = `${location.pathname}${writeFlag(location.search, 'present', true)}${location.hash}`;
  return (
    <section
      id="instructor-panel"
      className="instructor-panel"
      aria-label="Instructor"
      data-testid="instructor-panel"
    >
      <p className="muted">
        For the instructor: students see this only if they open it. The class link never opens it.
      </p>
      <div className="instructor-columns">
        <section aria-labelledby="notes-heading">
          <h3 id="notes-heading">Notes: {lesson.title}</h3>
          <StepNotesView lesson={lesson} />
        </section>
        <section aria-labelledby="agenda-heading">
          <h3 id="agenda-heading">Agenda</h3>
          <AgendaTable steps={steps} currentPath={lesson.path} />
          <p>
            <a href={projectorHref} target="_blank" rel="noopener">
              Open the projector view
            </a>{' '}
            <span className="muted">
              (large type, one idea per screen; for your screen, not the class link)
            </span>
          </p>
        </section>
      </div>
      <section aria-labelledby="pulse-heading">
        <h3 id="pulse-heading">Class pulse</h3>
        <PulseReader />
      </section>
    </section>
  );
}
