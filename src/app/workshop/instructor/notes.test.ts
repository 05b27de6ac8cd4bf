import { describe, expect, it } from 'vitest';
import { PREDICT_QUESTIONS } from '../pulse/predictQuestions';
import { AGENDA } from './agenda';
import { notesFor } from './notes';

const LESSON_PATHS = AGENDA.map((item) => item.id).filter((id) => id.startsWith('/'));

describe('instructor notes', () => {
  it.each(LESSON_PATHS)('%s has what to say, pitfalls and the exercise answer', (path) => {
    const notes = notesFor(path);
    expect(notes?.say.length).toBeGreaterThan(0);
    expect(notes?.pitfalls.length).toBeGreaterThan(0);
    expect(notes?.exerciseAnswer.length).toBeGreaterThan(40);
  });

  it('answer exactly the predict questions the class pulse reports, lesson by lesson', () => {
    for (const path of LESSON_PATHS) {
      const asked = (PREDICT_QUESTIONS[path] ?? []).map((question) => question.id).sort();
      expect(Object.keys(notesFor(path)!.predictAnswers).sort(), path).toEqual(asked);
    }
  });
});
