/** Drives a scatter plot on a benchmark page (hover or zoom, one event per frame) and times the frames. */
import { frameStats, type FrameStats } from './pcaFrames';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * One event per animation frame, as browsers deliver pointer moves: a zig-zag hover sweep over the
 * plot area, or Ctrl+wheel zoom steps in and out around its centre. Returns the frame intervals.
 */
export async function sweep(kind: 'hover' | 'zoom', frames: number): Promise<FrameStats> {
  const input = document.querySelector<SVGSVGElement>('[data-testid="scatter-input"]')!;
  const box = input.getBoundingClientRect();
  const [left, top, right, bottom] = input.dataset.plotArea!.split(',').map(Number);
  const intervals: number[] = [];
  let hits = 0;
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask' });
  let last = await nextFrame();
  for (let f = 0; f < frames; f++) {
    const t = f / frames;
    if (kind === 'hover') {
      const x = box.left + left + (right - left) * t;
      const y = box.top + top + (bottom - top) * (0.5 + 0.45 * Math.sin(t * 12 * Math.PI));
      input.dispatchEvent(
        new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }),
      );
    } else {
      const x = box.left + (left + right) / 2;
      const y = box.top + (top + bottom) / 2;
      // Small steps (d3 scales Ctrl+wheel by 2^(-deltaY · 0.02)): about 28× in, then back out, redrawing every frame.
      const deltaY = f < frames / 2 ? -4 : 4;
      input.dispatchEvent(
        new WheelEvent('wheel', {
          clientX: x,
          clientY: y,
          deltaY,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
    if (document.querySelector('[data-testid="scatter-tooltip"]')) hits++;
  }
  observer.disconnect();
  const stats = frameStats(intervals, longTasks);
  return kind === 'hover' ? { ...stats, hits } : stats;
}
