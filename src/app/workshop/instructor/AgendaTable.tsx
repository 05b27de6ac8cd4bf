import { useState } from 'react';
import { lessonAt } from '../../lessons';
import { agendaFor, clockText, SESSION_LENGTHS, type SessionLength } from './agenda';

/** The session plan: start time and minutes per step, for a 60- or a 90-minute session. */
export function AgendaTable({ steps, currentPath }: { steps: readonly string[]; currentPath: string }) {
  const [length, setLength] = useState<SessionLength>(60);
  const rows = agendaFor(length, steps);
  return (
    <div className="agenda" data-testid="workshop-agenda">
      <fieldset className="agenda-length">
        <legend>Session length</legend>
        {SESSION_LENGTHS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="session-length"
              checked={length === option}
              onChange={() => setLength(option)}
            />{' '}
            {option} minutes
          </label>
        ))}
      </fieldset>
      <table>
        <caption className="visually-hidden">Agenda for a {length}-minute session</caption>
        <thead>
          <tr>
            <th scope="col">Starts</th>
            <th scope="col">Step</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const lesson = lessonAt(row.id);
            const current = row.id === currentPath;
            return (
              <tr
                key={row.id}
                aria-current={current ? 'step' : undefined}
                className={current ? 'agenda-current' : undefined}
              >
                <td>{clockText(row.startsAt)}</td>
                <td>{lesson ? <a href={`#${lesson.path}`}>{lesson.title}</a> : row.title}</td>
                <td>{row.minutes}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>{clockText(length)}</td>
            <th scope="row">End</th>
            <td>{rows.reduce((sum, row) => sum + row.minutes, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
