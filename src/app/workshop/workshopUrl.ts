/**
 * Workshop mode lives in the page URL, so an instructor's one link sets up the whole class:
 * `?workshop=1` turns it on, `&steps=similarity,search` picks the lessons (in that order) when a
 * session is shorter than the full course, and the hash (`#/similarity`) is the current step.
 * Every other parameter (a model mirror, say) travels along untouched.
 */
import { readWorkshopParams, type WorkshopParams } from '../../config/urlConfig';
import type { WorkshopSettings } from '../../state/workshopStore';

export type { WorkshopSettings };

const slugOf = (path: string) => path.replace(/^\//, '');

/** Workshop settings from parsed parameters: only real lessons, each once, in the order given. */
export function workshopSettings(params: WorkshopParams, lessonPaths: readonly string[]): WorkshopSettings {
  const chosen = params.stepSlugs
    .map((slug) => `/${slug}`)
    .filter((path, i, all) => lessonPaths.includes(path) && all.indexOf(path) === i);
  return chosen.length > 0 ? { enabled: params.enabled, steps: chosen } : { enabled: params.enabled };
}

export function readWorkshop(search: string, lessonPaths: readonly string[]): WorkshopSettings {
  return workshopSettings(readWorkshopParams(search), lessonPaths);
}

/** The query string with workshop settings applied and every other parameter kept. */
export function writeWorkshop(search: string, settings: WorkshopSettings): string {
  const params = new URLSearchParams(search);
  params.delete('workshop');
  params.delete('steps');
  if (settings.enabled) {
    params.set('workshop', '1');
    if (settings.steps?.length) params.set('steps', settings.steps.map(slugOf).join(','));
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** The workshop's steps, in order: the chosen lessons, or all of them. */
export function workshopSteps(settings: WorkshopSettings, lessonPaths: readonly string[]): readonly string[] {
  return settings.steps ?? lessonPaths;
}

export interface StepPosition {
  /** 1-based, as shown to students. */
  number: number;
  count: number;
  previous?: string;
  next?: string;
}

/** Where a lesson sits among the steps; undefined when it is not one of them. */
export function stepPosition(steps: readonly string[], path: string): StepPosition | undefined {
  const index = steps.indexOf(path);
  if (index < 0) return undefined;
  return { number: index + 1, count: steps.length, previous: steps[index - 1], next: steps[index + 1] };
}

/**
 * Flags for the instructor's own screen: `instructor=1` opens the notes, `present=1` the projector
 * view. The class link leaves them out, so students get neither.
 */
export type InstructorFlag = 'instructor' | 'present';
const INSTRUCTOR_FLAGS: readonly InstructorFlag[] = ['instructor', 'present'];

export const readFlag = (search: string, flag: InstructorFlag): boolean =>
  new URLSearchParams(search).get(flag) === '1';

/** The query string with one flag set or removed, every other parameter kept. */
export function writeFlag(search: string, flag: InstructorFlag, on: boolean): string {
  const params = new URLSearchParams(search);
  if (on) params.set(flag, '1');
  else params.delete(flag);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** The link students get: this page's URL without the instructor's own flags. */
export function classLink(href: string): string {
  const url = new URL(href);
  // Untouched unless there is a flag to drop: re-encoding would change the link's spelling.
  if (!INSTRUCTOR_FLAGS.some((flag) => url.searchParams.has(flag))) return href;
  for (const flag of INSTRUCTOR_FLAGS) url.searchParams.delete(flag);
  return url.href.replaceAll('%2C', ',');
}
