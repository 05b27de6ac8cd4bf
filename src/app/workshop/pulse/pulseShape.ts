import { LESSONS } from '../../lessons';
import type { PulseShape } from './pulseCode';
import { predictQuestionsOf } from './predictQuestions';

/** The lesson numbered n (1-based, in course order), and what its pulse code holds. */
export function lessonByNumber(lesson: number) {
  return LESSONS[lesson - 1];
}

export function pulseShapeOf(lesson: number): PulseShape | undefined {
  const entry = lessonByNumber(lesson);
  if (!entry) return undefined;
  return {
    checkpoints: entry.checkpoints.length,
    choices: predictQuestionsOf(entry.path).map((question) => question.choices.length),
  };
}
