import { useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, kept up to date as the layout changes, so a chart can be drawn
 * at its real pixel size (text stays legible instead of shrinking with a viewBox).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
