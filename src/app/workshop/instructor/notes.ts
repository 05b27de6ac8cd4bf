import { NOTES_FIRST_HALF } from './notesFirstHalf';
import { NOTES_SECOND_HALF } from './notesSecondHalf';

/**
 * What the instructor needs at each step. Numbers on the pages are live (they come from whichever
 * model is loaded), so answers either follow from the maths or say what to look for on the page.
 */
export interface StepNotes {
  /** What to say, in order. */
  say: readonly string[];
  /** What students typically get wrong. */
  pitfalls: readonly string[];
  /** The answer to each predict question, by question id (see pulse/predictQuestions.ts). */
  predictAnswers: Readonly<Record<string, string>>;
  /** The answer to the lesson's open exercise (the last section of its page). */
  exerciseAnswer: string;
}

const NOTES: Readonly<Record<string, StepNotes>> = { ...NOTES_FIRST_HALF, ...NOTES_SECOND_HALF };

export const notesFor = (path: string): StepNotes | undefined => NOTES[path];
