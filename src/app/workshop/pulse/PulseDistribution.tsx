import { lessonByNumber } from './pulseShape';
import { predictQuestionsOf } from './predictQuestions';
import type { LessonTally } from './pulseTally';

function CountBar({ label, count, of }: { label: string; count: number; of: number }) {
  return (
    <li className="pulse-row">
      <span className="pulse-label">{label}</span>
      <span className="pulse-bar" aria-hidden="true">
        <span style={{ width: `${of ? (100 * count) / of : 0}%` }} />
      </span>
      <span className="pulse-count">
        {count} of {of}
      </span>
    </li>
  );
}

/** One lesson's answers across the class: ticks per checkpoint, picks per predict choice. */
export function PulseDistribution({ tally }: { tally: LessonTally }) {
  const lesson = lessonByNumber(tally.lesson);
  const questions = predictQuestionsOf(lesson.path);
  const headingId = `pulse-lesson-${tally.lesson}`;
  return (
    <section
      className="pulse-lesson"
      aria-labelledby={headingId}
      data-testid={`pulse-lesson-${tally.lesson}`}
    >
      <h4 id={headingId}>
        {lesson.title}: {tally.responses} {tally.responses === 1 ? 'code' : 'codes'}
      </h4>
      <ul className="pulse-rows" aria-label={`Checkpoints ticked: ${lesson.title}`}>
        {lesson.checkpoints.map((text, i) => (
          <CountBar key={text} label={text} count={tally.ticked[i]} of={tally.responses} />
        ))}
      </ul>
      {questions.map((question, q) => (
        <div key={question.id}>
          <p className="pulse-question">{question.question}</p>
          <ul className="pulse-rows" aria-label={`Guesses: ${question.question}`}>
            {question.choices.map((choice, c) => (
              <CountBar key={choice} label={choice} count={tally.picked[q][c]} of={tally.responses} />
            ))}
            <CountBar label="Not answered yet" count={tally.unanswered[q]} of={tally.responses} />
          </ul>
        </div>
      ))}
    </section>
  );
}
