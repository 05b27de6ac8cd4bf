import type { LessonEntry } from './lessons';
import { useTickedCount, type WorkshopView } from './workshop/useWorkshop';

function LessonLink({
  lesson,
  number,
  current,
  workshop,
}: {
  lesson: LessonEntry;
  number: number;
  current: boolean;
  workshop: boolean;
}) {
  const done = useTickedCount(lesson) === lesson.checkpoints.length;
  return (
    <a href={`#${lesson.path}`} aria-current={current ? 'page' : undefined}>
      <span className="lesson-number">{number}</span> {lesson.title}
      {workshop && done && (
        <span className="step-done">
          {' '}
          ✓<span className="visually-hidden"> checkpoint done</span>
        </span>
      )}
    </a>
  );
}

/** The course; in workshop mode, the workshop's steps in their order, with finished checkpoints ticked. */
export function LessonNav({
  lessons,
  currentPath,
  workshop,
}: {
  lessons: readonly LessonEntry[];
  currentPath: string;
  workshop: WorkshopView;
}) {
  const shown = workshop.enabled ? workshop.steps : lessons;
  return (
    <nav aria-label={workshop.enabled ? 'Workshop steps' : 'Lessons'}>
      <ol className="lesson-nav">
        {shown.map((lesson, i) => (
          <li key={lesson.path}>
            <LessonLink
              lesson={lesson}
              number={i + 1}
              current={lesson.path === currentPath}
              workshop={workshop.enabled}
            />
          </li>
        ))}
      </ol>
    </nav>
  );
}
