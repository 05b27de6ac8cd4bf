import { useWorkshopStore } from '../../state/workshopStore';
import { LESSON_PATHS, lessonAt, type LessonEntry } from '../lessons';
import { urlConfig } from '../../config';
import {
  stepPosition,
  workshopSettings,
  workshopSteps,
  writeWorkshop,
  type StepPosition,
} from './workshopUrl';

export interface WorkshopView {
  enabled: boolean;
  /** The workshop's lessons, in step order. */
  steps: readonly LessonEntry[];
  position?: StepPosition;
}

/** The workshop as seen from one lesson page. */
export function useWorkshop(currentPath: string): WorkshopView {
  const settings = useWorkshopStore((s) => s.settings);
  const paths = workshopSteps(settings, LESSON_PATHS);
  return {
    enabled: settings.enabled,
    steps: paths
      .map((path) => lessonAt(path))
      .filter((lesson): lesson is LessonEntry => lesson !== undefined),
    position: stepPosition(paths, currentPath),
  };
}

/** How many of a lesson's checkpoints this student has ticked. */
export function useTickedCount(lesson: LessonEntry): number {
  const ticked = useWorkshopStore((s) => s.ticked[lesson.path]);
  return ticked?.filter((index) => index < lesson.checkpoints.length).length ?? 0;
}

/** Reads workshop mode from the page URL into the store; main.tsx calls it once before rendering. */
export function startWorkshopFromUrl(): void {
  useWorkshopStore.getState().setSettings(workshopSettings(urlConfig.workshop, LESSON_PATHS));
}

/** Turns workshop mode on or off, in the store and in the page URL (the class link). */
export function setWorkshopEnabled(enabled: boolean): void {
  const settings = { ...useWorkshopStore.getState().settings, enabled };
  // replaceState: the toggle should not add a Back step, and the hash (current lesson) stays.
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${writeWorkshop(location.search, settings)}${location.hash}`,
  );
  useWorkshopStore.getState().setSettings(settings);
}
