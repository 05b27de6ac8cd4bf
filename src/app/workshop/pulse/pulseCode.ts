/**
 * A student's answers at one checkpoint as a short code to read out, type or show as a QR code:
 * no server, nothing leaves the room. Characters (Crockford base 32, no I, L, O or U to misread):
 * the lesson's number in the course, the ticked checkpoints as a bit mask, one character per predict
 * question (0: not answered, n: choice n), and a check character that catches a mistyped character.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = ALPHABET.length;
const LOOK_ALIKES: Record<string, string> = { I: '1', L: '1', O: '0' };

export interface PulseAnswers {
  /** 1-based position of the lesson in the course. */
  lesson: number;
  /** Indices of the ticked checkpoints. */
  ticked: readonly number[];
  /** Per predict question of the lesson, in order: the chosen index, or undefined if not answered. */
  guesses: readonly (number | undefined)[];
}

/** What a lesson's code must fit: how many checkpoints, and how many choices each question has. */
export interface PulseShape {
  checkpoints: number;
  choices: readonly number[];
}

function checkChar(values: readonly number[]): string {
  // Weights 1, 2, 3…: a changed character or two swapped neighbours change the sum.
  const sum = values.reduce((total, value, i) => total + value * (i + 1), 0);
  return ALPHABET[sum % BASE];
}

export function encodePulse({ lesson, ticked, guesses }: PulseAnswers): string {
  const mask = ticked.reduce((bits, index) => bits | (1 << index), 0);
  const values = [lesson, mask, ...guesses.map((guess) => (guess === undefined ? 0 : guess + 1))];
  if (values.some((value) => !Number.isInteger(value) || value < 0 || value >= BASE))
    throw new RangeError('A pulse value does not fit in one character.');
  return values.map((value) => ALPHABET[value]).join('') + checkChar(values);
}

export type DecodedPulse = { ok: true; answers: PulseAnswers } | { ok: false; message: string };

/** Reads a code back; `shapeOf` says what the lesson numbered n expects (undefined: no such lesson). */
export function decodePulse(code: string, shapeOf: (lesson: number) => PulseShape | undefined): DecodedPulse {
  const chars = code.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length < 3) return { ok: false, message: 'too short: a code has at least 3 characters.' };
  const values: number[] = [];
  for (const char of chars) {
    const value = ALPHABET.indexOf(LOOK_ALIKES[char] ?? char);
    if (value < 0) return { ok: false, message: `“${char}” is not a character codes use.` };
    values.push(value);
  }
  const check = values.pop()!;
  if (ALPHABET[check] !== checkChar(values))
    return { ok: false, message: 'a character is wrong (the check does not match): read it again.' };
  const [lesson, mask, ...rest] = values;
  const shape = shapeOf(lesson);
  if (!shape) return { ok: false, message: `there is no lesson number ${lesson}.` };
  if (mask >= 1 << shape.checkpoints || rest.length !== shape.choices.length)
    return { ok: false, message: `it does not fit lesson ${lesson}: is the student’s app up to date?` };
  if (rest.some((value, i) => value > shape.choices[i]))
    return { ok: false, message: `it names a choice that lesson ${lesson} does not have.` };
  const ticked = Array.from({ length: shape.checkpoints }, (_, i) => i).filter((i) => mask & (1 << i));
  const guesses = rest.map((value) => (value === 0 ? undefined : value - 1));
  return { ok: true, answers: { lesson, ticked, guesses } };
}
