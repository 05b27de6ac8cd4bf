import { describe, expect, it } from 'vitest';
import { AGENDA, agendaFor, clockText, SESSION_LENGTHS } from './agenda';

const ALL = AGENDA.filter((item) => item.id.startsWith('/')).map((item) => item.id);
const total = (rows: { minutes: number }[]) => rows.reduce((sum, row) => sum + row.minutes, 0);

describe('agendaFor', () => {
  it.each(SESSION_LENGTHS)(
    'fills a %i-minute session exactly, in order, with times that add up',
    (length) => {
      const rows = agendaFor(length, ALL);
      expect(total(rows)).toBe(length);
      expect(rows.map((row) => row.id)).toEqual(AGENDA.map((item) => item.id));
      rows.forEach((row, i) => {
        expect(row.minutes).toBeGreaterThan(0);
        if (i > 0) expect(row.startsAt).toBe(rows[i - 1].startsAt + rows[i - 1].minutes);
      });
    },
  );

  it('gives left-out lessons’ time to the chosen ones and still fits the session', () => {
    const rows = agendaFor(60, ['/similarity', '/search']);
    expect(rows.map((row) => row.id)).toEqual(['welcome', '/similarity', '/search', 'wrap-up']);
    expect(total(rows)).toBe(60);
    expect(rows[1].minutes).toBeGreaterThan(9);
  });

  it('keeps only welcome and wrap-up when no lesson is chosen', () => {
    expect(agendaFor(90, []).map((row) => row.id)).toEqual(['welcome', 'wrap-up']);
  });
});

describe('clockText', () => {
  it('writes hours and minutes', () => {
    expect(clockText(5)).toBe('0:05');
    expect(clockText(75)).toBe('1:15');
  });
});
