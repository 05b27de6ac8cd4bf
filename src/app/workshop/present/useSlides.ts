import { useEffect, useState } from 'react';
import { lessonParts, slideNumbers, startsScreen } from './slides';

const HIDDEN = 'data-off-screen';

/**
 * Shows one screen of the lesson in `main` at a time by marking the other parts (CSS hides them).
 * The parts stay mounted, so the live widgets keep their state between screens.
 */
export function useSlides(lessonPath: string) {
  const [screen, setScreen] = useState({ path: lessonPath, index: 0 });
  const [count, setCount] = useState(1);
  // A new lesson starts at its first screen.
  const index = screen.path === lessonPath ? screen.index : 0;

  useEffect(() => {
    // Watch `main`, not the article: a lazily loaded lesson puts its article there after this runs.
    const main = document.querySelector('main');
    if (!main) return;
    const apply = () => {
      const article = main.querySelector('article');
      if (!article) return;
      const parts = lessonParts(article);
      const numbers = slideNumbers(parts.map(startsScreen));
      const total = (numbers.at(-1) ?? 0) + 1;
      const shown = Math.min(index, total - 1);
      parts.forEach((part, i) => part.toggleAttribute(HIDDEN, numbers[i] !== shown));
      setCount(total);
    };
    apply();
    // Lessons add parts as results arrive; mark those too.
    const observer = new MutationObserver(apply);
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      main.querySelectorAll(`[${HIDDEN}]`).forEach((part) => part.removeAttribute(HIDDEN));
    };
  }, [index, lessonPath]);

  const go = (next: number) => {
    setScreen({ path: lessonPath, index: Math.max(0, Math.min(count - 1, next)) });
    window.scrollTo({ top: 0 });
  };
  return { index: Math.min(index, count - 1), count, go };
}
