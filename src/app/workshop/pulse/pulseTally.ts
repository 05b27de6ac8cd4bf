import type { PulseAnswers, PulseShape } from './pulseCode';

/** The class's answers for one lesson, counted. */
export interface LessonTally {
  lesson: number;
  responses: number;
  /** Per checkpoint: how many ticked it. */
  ticked: number[];
  /** Per predict question: how many picked each choice. */
  picked: number[][];
  /** Per predict question: how many had not answered it. */
  unanswered: number[];
}

/** Counts decoded codes per lesson, in course order. */
export function tallyPulses(
  all: readonly PulseAnswers[],
  shapeOf: (lesson: number) => PulseShape | undefined,
): LessonTally[] {
  const byLesson = new Map<number, LessonTally>();
  for (const answers of all) {
    const shape = shapeOf(answers.lesson);
    if (!shape) continue;
    let tally = byLesson.get(answers.lesson);
    if (!tally) {
      tally = {
        lesson: answers.lesson,
        responses: 0,
        ticked: new Array<number>(shape.checkpoints).fill(0),
        picked: shape.choices.map((count) => new Array<number>(count).fill(0)),
        unanswered: new Array<number>(shape.choices.length).fill(0),
      };
      byLesson.set(answers.lesson, tally);
    }
    tally.responses++;
    for (const index of answers.ticked) tally.ticked[index]++;
    answers.guesses.forEach((guess, question) => {
      if (guess === undefined) tally.unanswered[question]++;
      else tally.picked[question][guess]++;
    });
  }
  return [...byLesson.values()].sort((a, b) => a.lesson - b.lesson);
}

/** Codes as typed: one per line, or separated by spaces, commas or semicolons. */
export const splitCodes = (text: string): string[] => text.split(/[\s,;]+/).filter(Boolean);
