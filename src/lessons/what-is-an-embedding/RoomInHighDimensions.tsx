import { useId, useState } from 'react';
import { AfterReveal, AnswerKey, PredictReveal } from '../../components/PredictReveal';
import { superscript } from '../../components/superscript';
import {
  firstPowerOfTwoAbove,
  groupDigits,
  neighbourCornerAngleDegrees,
  powerOfTwo,
  toScientific,
} from '../../math/directions';
import { CubeDrawings } from './CubeDrawings';
import { PowerOfTenBar } from './PowerOfTenBar';

const MAX_DIMS = 1000;
const MODEL_DIMS = 384;
/** A common rough estimate: about 10^80 atoms in the observable universe. */
const ATOMS_EXPONENT = 80;
const ATOMS_DIMS = firstPowerOfTwoAbove(ATOMS_EXPONENT);
const ATOMS_QUESTION = 'atoms';
const PRESETS = [1, 2, 3, 10, MODEL_DIMS, MAX_DIMS];
/** Exact digits up to 30 of them (N ≤ 99); scientific form once there are more than 6 (N ≥ 20). */
const EXACT_UP_TO_DIGITS = 30;
const SCIENTIFIC_FROM_DIGITS = 7;

const approx = (value: bigint) => {
  const { mantissa, exponent } = toScientific(value);
  return `${mantissa} × 10${superscript(exponent)}`;
};

function CornerCount({ dims }: { dims: number }) {
  const count = powerOfTwo(dims);
  const digits = count.toString().length;
  const power = `2${superscript(dims)}`;
  const parts = [power];
  if (digits <= EXACT_UP_TO_DIGITS) parts.push(`= ${groupDigits(count)}`);
  if (digits >= SCIENTIFIC_FROM_DIGITS) parts.push(`≈ ${approx(count)}`);
  return (
    <p className="intro-count">
      <span className="intro-count-value" data-testid="corner-count">
        {parts.join(' ')}
      </span>{' '}
      corners
      {digits > EXACT_UP_TO_DIGITS && <span className="muted"> (a number with {digits} digits)</span>}
    </p>
  );
}

/** Figure (c): how many corners, each at least one edge from every other, fit in N dimensions. */
export function RoomInHighDimensions() {
  const [dims, setDims] = useState(3);
  // What is typed in the number box, kept apart from `dims` so it can be briefly empty or out of range.
  const [draft, setDraft] = useState<string | undefined>();
  const sliderId = useId();
  const boxId = useId();

  const choose = (value: number) => {
    setDims(value);
    setDraft(undefined);
  };

  const onType = (text: string) => {
    setDraft(text);
    const value = Number(text);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_DIMS) setDims(value);
  };

  const moreThanAtoms = powerOfTwo(dims) > 10n ** BigInt(ATOMS_EXPONENT);

  return (
    <>
      <PredictReveal
        id={ATOMS_QUESTION}
        question={`Each extra dimension doubles the number of corners. How many dimensions until there are more corners than atoms in the observable universe (roughly 10${superscript(ATOMS_EXPONENT)})?`}
        choices={['About 80', 'About 270', 'About 1,000', 'About 1,000,000']}
        correct={1}
      >
        <p>
          <AnswerKey>N = {ATOMS_DIMS}</AnswerKey>: 2{superscript(ATOMS_DIMS)} ≈{' '}
          {approx(powerOfTwo(ATOMS_DIMS))}, while 2{superscript(ATOMS_DIMS - 1)} ≈{' '}
          {approx(powerOfTwo(ATOMS_DIMS - 1))} is still short. Every 10 extra dimensions multiply the count by
          2¹⁰ = 1,024, about a thousand. The model in this course uses {MODEL_DIMS} dimensions: 2
          {superscript(MODEL_DIMS)} ≈ {approx(powerOfTwo(MODEL_DIMS))} corners.
        </p>
      </PredictReveal>

      <CubeDrawings dims={dims} />

      <div className="intro-dims-controls">
        <label htmlFor={sliderId}>Dimensions N</label>
        <input
          id={sliderId}
          type="range"
          min={1}
          max={MAX_DIMS}
          step={1}
          value={dims}
          onChange={(e) => choose(Number(e.target.value))}
        />
        <input
          id={boxId}
          className="intro-dims-box"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DIMS}
          step={1}
          aria-label="Dimensions N, typed"
          value={draft ?? String(dims)}
          onChange={(e) => onType(e.target.value)}
          onBlur={() => setDraft(undefined)}
        />
      </div>
      <div className="intro-presets" role="group" aria-label="Jump to a number of dimensions">
        {PRESETS.map((value) => (
          <button
            key={value}
            type="button"
            className="intro-chip"
            aria-pressed={value === dims}
            onClick={() => choose(value)}
          >
            {value === MODEL_DIMS ? `${value} (this course’s model)` : value}
          </button>
        ))}
      </div>

      <div className="intro-dims-result" aria-live="polite" data-testid="dims-result">
        <p className="intro-dims-n">
          N = <strong>{dims}</strong>
        </p>
        <CornerCount dims={dims} />
        <p data-testid="atoms-comparison">
          {moreThanAtoms ? 'More' : 'Fewer'} than the roughly 10{superscript(ATOMS_EXPONENT)} atoms in the
          observable universe
          {moreThanAtoms && (
            <>
              {' '}
              (the count first gets past that at{' '}
              <AfterReveal id={ATOMS_QUESTION}>N = {ATOMS_DIMS}</AfterReveal>)
            </>
          )}
          .
        </p>
        <p>
          Seen from the centre, two neighbouring corners (one coordinate different) are{' '}
          {neighbourCornerAngleDegrees(dims).toFixed(1)}° apart.
        </p>
      </div>
      <PowerOfTenBar
        exponent={dims * Math.log10(2)}
        maxExponent={Math.ceil(MAX_DIMS * Math.log10(2))}
        marker={{ exponent: ATOMS_EXPONENT, label: `atoms ≈ 10${superscript(ATOMS_EXPONENT)}` }}
      />
    </>
  );
}
