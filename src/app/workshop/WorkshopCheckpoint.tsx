import { useWorkshopStore } from '../../state/workshopStore';
import { lessonAt, type LessonEntry } from '../lessons';
import { StudentPulseCode } from './pulse/StudentPulseCode';
import { useTickedCount, type WorkshopView } from './useWorkshop';

/** Below the lesson in workshop mode: what to be able to do before the class moves on. */
export function WorkshopCheckpoint({ lesson, workshop }: { lesson: LessonEntry; workshop: WorkshopView }) {
  const ticked = useWorkshopStore((s) => s.ticked[lesson.path]) ?? [];
  const toggle = useWorkshopStore((s) => s.toggleCheckpoint);
  const done = useTickedCount(lesson);
  const position = workshop.position;
  if (!position) return null;
  const next = position.next ? lessonAt(position.next) : undefined;
  const allDone = done === lesson.checkpoints.length;
  return (
    <section
      className="workshop-checkpoint"
      aria-labelledby="checkpoint-heading"
      data-testid="workshop-checkpoint"
    >
      <h2 id="checkpoint-heading">
        Checkpoint {position.number} of {position.count}
      </h2>
      <p>Tick each one you have done. When all are ticked, wait for the class or go on.</p>
      <ul>
        {lesson.checkpoints.map((text, index) => (
          <li key={text}>
            <label>
              <input
                type="checkbox"
                checked={ticked.includes(index)}
                onChange={() => toggle(lesson.path, index)}
              />{' '}
              {text}
            </label>
          </li>
        ))}
      </ul>
      <p role="status" className={allDone ? 'checkpoint-done' : 'muted'}>
        {allDone
          ? next
            ? `All ${done} done: ready for step ${position.number + 1}.`
            : `All ${done} done: that was the last step. Well done!`
          : `${done} of ${lesson.checkpoints.length} done.`}
      </p>
      <StudentPulseCode lesson={lesson} />
      {next && (
        <a className="button-link" href={`#${next.path}`}>
          Step {position.number + 1}: {next.title} →
        </a>
      )}
    </section>
  );
}
