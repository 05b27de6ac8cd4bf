import { useEffect } from 'react';
import type { LessonEntry } from '../../lessons';
import type { WorkshopView } from '../useWorkshop';
import { writeFlag } from '../workshopUrl';
import { useSlides } from './useSlides';
import './present.css';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/** The projector view's bar: where the class is, and the screens of this lesson (Page Up/Down too). */
export function PresenterBar({ lesson, workshop }: { lesson: LessonEntry; workshop: WorkshopView }) {
  const { index, count, go } = useSlides(lesson.path);
  const { position } = workshop;

  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  useEffect(() => {
    // Presentation clickers send Page Up and Page Down.
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      if (event.key === 'PageDown') go(index + 1);
      else if (event.key === 'PageUp') go(index - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const next = position?.next;
  const leaveHref = `${location.pathname}${writeFlag(location.search, 'present', false)}${location.hash}`;
  return (
    <section className="workshop-bar presenter-bar" aria-label="Projector view" data-testid="presenter-bar">
      <p className="presenter-where">
        {position && `Step ${position.number} of ${position.count} · `}
        <strong>{lesson.title}</strong> · screen {index + 1} of {count}
      </p>
      <nav aria-label="Screens" className="presenter-nav">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← Previous screen
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= count - 1}>
          Next screen →
        </button>
        {index >= count - 1 && next && <a href={`#${next}`}>Next step →</a>}
      </nav>
      <a className="presenter-leave" href={leaveHref}>
        Leave the projector view
      </a>
    </section>
  );
}
