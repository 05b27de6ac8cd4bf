import { useState } from 'react';
import { QrCode } from '../../../components/QrCode';
import { usePredictionStore } from '../../../state/predictionStore';
import { useWorkshopStore } from '../../../state/workshopStore';
import { LESSONS, type LessonEntry } from '../../lessons';
import { predictQuestionsOf } from './predictQuestions';
import { encodePulse } from './pulseCode';

/** At the checkpoint: the student's answers as a short code and a QR code, shown on request. */
export function StudentPulseCode({ lesson }: { lesson: LessonEntry }) {
  const [shown, setShown] = useState(false);
  const ticked = useWorkshopStore((s) => s.ticked[lesson.path]);
  const guesses = usePredictionStore((s) => s.guesses);
  const code = encodePulse({
    lesson: LESSONS.indexOf(lesson) + 1,
    ticked: (ticked ?? []).filter((index) => index < lesson.checkpoints.length),
    guesses: predictQuestionsOf(lesson.path).map((question) => guesses[question.id]),
  });
  return (
    <div className="pulse-student">
      <button
        type="button"
        className="button-secondary"
        aria-expanded={shown}
        onClick={() => setShown(!shown)}
      >
        {shown ? 'Hide my answer code' : 'Show my answer code'}
      </button>
      {shown && (
        <div className="pulse-student-code">
          <p>
            Your code for the class pulse:{' '}
            <output className="pulse-code" data-testid="pulse-code">
              {code}
            </output>
          </p>
          <p className="muted">
            It holds your ticks and your predict guesses on this page, nothing else. Read it out, or let your
            instructor scan the QR code: nothing is sent anywhere.
          </p>
          <QrCode text={code} label={`QR code of your answer code ${code}`} />
        </div>
      )}
    </div>
  );
}
