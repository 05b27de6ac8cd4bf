import { useEffect, useRef, useState } from 'react';

/** Whether an element scrolls sideways, and whether it is scrolled to the end; kept up to date. */
export function useHorizontalOverflow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [state, setState] = useState({ overflowing: false, atEnd: false });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const overflowing = element.scrollWidth > element.clientWidth + 1;
      const atEnd = element.scrollLeft + element.clientWidth >= element.scrollWidth - 1;
      setState((s) => (s.overflowing === overflowing && s.atEnd === atEnd ? s : { overflowing, atEnd }));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, []);
  return { ref, ...state };
}

/** Says that a chart is wider than the screen, where the rest is, and how to get there. */
export function ScrollCue({
  overflowing,
  atEnd,
  rest,
}: {
  overflowing: boolean;
  atEnd: boolean;
  rest: string;
}) {
  if (!overflowing) return null;
  return (
    <p className="scroll-cue" data-scroll-cue="">
      {atEnd
        ? `← Scroll back sideways for the start.`
        : `Wider than the screen: scroll sideways for ${rest} →`}
    </p>
  );
}
