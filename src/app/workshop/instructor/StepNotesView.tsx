import type { LessonEntry } from '../../lessons';
import { predictQuestionsOf } from '../pulse/predictQuestions';
import { notesFor } from './notes';

/** The instructor's notes for the step on screen. */
export function StepNotesView({ lesson }: { lesson: LessonEntry }) {
  const notes = notesFor(lesson.path);
  if (!notes) return <p className="muted">No notes for this page.</p>;
  const questions = predictQuestionsOf(lesson.path);
  const answers = Object.entries(notes.predictAnswers);
  return (
    <div className="step-notes" data-testid="step-notes">
      <h4>What to say</h4>
      <ol>
        {notes.say.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <h4>What students typically get wrong</h4>
      <ul>
        {notes.pitfalls.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h4>Predict {answers.length === 1 ? 'question' : 'questions'}</h4>
      {answers.length === 0 && <p className="muted">None on this page.</p>}
      <dl>
        {answers.map(([id, answer]) => (
          <div key={id}>
            <dt>{questions.find((question) => question.id === id)?.question ?? id}</dt>
            <dd>{answer}</dd>
          </div>
        ))}
      </dl>
      <h4>Open exercise (end of the page)</h4>
      <p data-testid="exercise-answer">{notes.exerciseAnswer}</p>
    </div>
  );
}
