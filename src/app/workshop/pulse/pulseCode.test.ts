import { describe, expect, it } from 'vitest';
import { decodePulse, encodePulse, type PulseShape } from './pulseCode';

const SHAPES: Record<number, PulseShape> = {
  4: { checkpoints: 3, choices: [3] },
  5: { checkpoints: 2, choices: [2, 4] },
};
const shapeOf = (lesson: number) => SHAPES[lesson];

describe('pulse codes', () => {
  it('round-trip every combination of ticks and guesses', () => {
    for (let mask = 0; mask < 4; mask++)
      for (const first of [undefined, 0, 1])
        for (const second of [undefined, 0, 3]) {
          const answers = {
            lesson: 5,
            ticked: [0, 1].filter((i) => mask & (1 << i)),
            guesses: [first, second],
          };
          const code = encodePulse(answers);
          expect(code).toHaveLength(5);
          expect(decodePulse(code, shapeOf)).toEqual({ ok: true, answers });
        }
  });

  it('forgive case, spaces, dashes and look-alike letters', () => {
    const code = encodePulse({ lesson: 4, ticked: [0], guesses: [1] });
    expect(code).toBe('412C');
    expect(decodePulse(' 4-i2 c ', shapeOf)).toEqual(decodePulse(code, shapeOf));
  });

  it('catch a changed character and two swapped ones', () => {
    const code = encodePulse({ lesson: 4, ticked: [0, 2], guesses: [2] });
    const changed = code.slice(0, 2) + (code[2] === '1' ? '2' : '1') + code.slice(3);
    const swapped = code[1] + code[0] + code.slice(2);
    for (const wrong of [changed, swapped])
      expect(decodePulse(wrong, shapeOf)).toEqual({ ok: false, message: expect.stringMatching(/check/) });
  });

  it('say what is wrong with a code that does not fit', () => {
    const bad = (code: string) => {
      const result = decodePulse(code, shapeOf);
      return result.ok ? 'ok' : result.message;
    };
    expect(bad('4')).toMatch(/too short/);
    expect(bad('4U21')).toMatch(/“U” is not/);
    expect(bad(encodePulse({ lesson: 7, ticked: [], guesses: [] }))).toMatch(/no lesson number 7/);
    expect(bad(encodePulse({ lesson: 4, ticked: [3], guesses: [0] }))).toMatch(/does not fit lesson 4/);
    expect(bad(encodePulse({ lesson: 4, ticked: [], guesses: [0, 1] }))).toMatch(/does not fit lesson 4/);
    expect(bad(encodePulse({ lesson: 4, ticked: [], guesses: [3] }))).toMatch(/choice that lesson 4/);
  });

  it('refuse values that do not fit one character', () => {
    expect(() => encodePulse({ lesson: 40, ticked: [], guesses: [] })).toThrow(RangeError);
  });
});
