import { lessonAt, type LessonEntry } from '../lessons';
import { CopyClassLink } from './CopyClassLink';
import { InstructorPanel } from './instructor/InstructorPanel';
import { useUrlFlag } from './useUrlFlag';
import type { WorkshopView } from './useWorkshop';

function StepLink({ path, label, direction }: { path: string; label: string; direction?: 'back' | 'next' }) {
  const title = lessonAt(path)?.title;
  return (
    <a href={`#${path}`}>
      {direction === 'back' && '← '}
      {title ? `${label}: ${title}` : label}
      {direction === 'next' && ' →'}
    </a>
  );
}

/** Above the lesson in workshop mode: where the class is, and the way to the steps either side. */
export function WorkshopStepBar({ lesson, workshop }: { lesson: LessonEntry; workshop: WorkshopView }) {
  const { position, steps } = workshop;
  const [notesOpen, setNotesOpen] = useUrlFlag('instructor');
  return (
    <>
      <section className="workshop-bar" aria-label="Workshop step" data-testid="workshop-step">
        {position ? (
          <>
            <p className="workshop-where">
              <strong>
                Step {position.number} of {position.count}
              </strong>{' '}
              · {lesson.title}
            </p>
            <progress
              value={position.number}
              max={position.count}
              aria-label={`Step ${position.number} of ${position.count}`}
            />
            <nav aria-label="Previous and next step" className="workshop-steps">
              {position.previous && <StepLink path={position.previous} label="Back" direction="back" />}
              {position.next && <StepLink path={position.next} label="Next" direction="next" />}
            </nav>
          </>
        ) : (
          <p className="workshop-where">
            This page is not one of today’s steps. <StepLink path={steps[0].path} label="Go to step 1" />
          </p>
        )}
        <div className="workshop-tools">
          <button
            type="button"
            className="button-secondary"
            aria-expanded={notesOpen}
            aria-controls="instructor-panel"
            onClick={() => setNotesOpen(!notesOpen)}
          >
            Instructor notes
          </button>
          <CopyClassLink />
        </div>
      </section>
      {notesOpen && <InstructorPanel lesson={lesson} steps={steps.map((step) => step.path)} />}
    </>
  );
}
