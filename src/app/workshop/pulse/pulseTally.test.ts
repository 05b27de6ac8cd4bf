import { describe, expect, it } from 'vitest';
import { splitCodes, tallyPulses } from './pulseTally';

const shapeOf = (lesson: number) => (lesson === 2 ? { checkpoints: 2, choices: [3] } : undefined);

describe('tallyPulses', () => {
  it('counts ticks and choices per lesson, and who has not answered', () => {
    const tallies = tallyPulses(
      [
        { lesson: 2, ticked: [0, 1], guesses: [2] },
        { lesson: 2, ticked: [0], guesses: [2] },
        { lesson: 2, ticked: [], guesses: [undefined] },
        { lesson: 9, ticked: [0], guesses: [] },
      ],
      shapeOf,
    );
    expect(tallies).toEqual([
      { lesson: 2, responses: 3, ticked: [2, 1], picked: [[0, 0, 2]], unanswered: [1] },
    ]);
  });
});

describe('splitCodes', () => {
  it('takes codes one per line or separated by spaces, commas and semicolons', () => {
    expect(splitCodes(' 412C\n\n5A7,  3B;9Z ')).toEqual(['412C', '5A7', '3B', '9Z']);
  });
});
