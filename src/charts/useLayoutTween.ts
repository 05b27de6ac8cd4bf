import { useEffect, useRef, useState } from 'react';
import type { Layout } from './scatterDraw';

const DURATION_MS = 700;

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

function between(from: Layout, to: Layout, t: number): Layout {
  const bx = new Float32Array(to.bx.length);
  const by = new Float32Array(to.by.length);
  for (let i = 0; i < bx.length; i++) {
    bx[i] = from.bx[i] + (to.bx[i] - from.bx[i]) * t;
    by[i] = from.by[i] + (to.by[i] - from.by[i]) * t;
  }
  return { ...to, bx, by };
}

/**
 * The layout to paint: when the points move (a new projection of the same rows) each dot glides
 * from where it was to where it goes, so the eye can follow it. No glide with reduced motion.
 */
export function useLayoutTween(layout: Layout): Layout {
  const [drawn, setDrawn] = useState(layout);
  const shown = useRef(layout);
  useEffect(() => {
    const from = shown.current;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (still || from.bx.length !== layout.bx.length || from === layout) {
      shown.current = layout;
      setDrawn(layout);
      return;
    }
    const started = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const t = Math.min(1, (now - started) / DURATION_MS);
      shown.current = t < 1 ? between(from, layout, ease(t)) : layout;
      setDrawn(shown.current);
      if (t < 1) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [layout]);
  return drawn;
}
