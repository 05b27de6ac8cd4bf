import { useState } from 'react';
import { VectorPlane, type PlaneVector } from '../../charts/VectorPlane';
import { add, nearest, type Vec2 } from '../../math/vector2d';
import { PAST_TENSE, RUN, TENSE_WORDS } from './toyWords';

const DOMAIN = { x: [-1, 4], y: [-1, 3] } as const;
const WORD_COLOR = '#0072b2';
const TENSE_COLOR = '#b3471d';
const SUM_COLOR = '#1d2330';

const point = ({ x, y }: Vec2) => `(${x.toFixed(1)}, ${y.toFixed(1)})`;

/** Where a tip sits relative to the toy words: on one, or near one and how far. */
function whereIs(tip: Vec2): string {
  const { item, distance } = nearest(tip, TENSE_WORDS);
  return distance < 0.05 ? `right on “${item.word}”` : `nearest “${item.word}” (${distance.toFixed(1)} away)`;
}

/** Figure (b): a word's arrow plus a "past tense" arrow; both tips can be dragged. */
export function ConceptSum() {
  const [word, setWord] = useState<Vec2>(RUN);
  const [tense, setTense] = useState<Vec2>(PAST_TENSE);
  const sum = add(word, tense);

  const vectors: PlaneVector[] = [
    // The tense arrow again, starting at the word's tip: adding is walking one arrow, then the other.
    { id: 'tense-moved', tail: word, tip: sum, color: TENSE_COLOR, dashed: true, faded: true },
    { id: 'sum', tip: sum, color: SUM_COLOR, thickness: 3.5, label: 'sum', labelAt: 'middle' },
    { id: 'word', tip: word, color: WORD_COLOR, label: 'word', handleLabel: 'Word arrow tip' },
    {
      id: 'tense',
      tip: tense,
      color: TENSE_COLOR,
      dashed: true,
      label: 'past tense',
      labelAt: 'middle',
      handleLabel: 'Past-tense arrow tip',
    },
  ];

  const onChange = (id: string, tip: Vec2) => (id === 'word' ? setWord(tip) : setTense(tip));

  return (
    <div className="intro-figure">
      <div className="intro-figure-plot">
        <VectorPlane
          label="Toy picture: the verbs walk, run and swim as dots, with their past forms walked, ran and swam above them. A word arrow plus a past-tense arrow gives a sum arrow. Both arrow tips can be moved."
          domain={DOMAIN}
          points={TENSE_WORDS.map((w) => ({ id: w.word, at: w, label: w.word, labelAbove: w.past }))}
          vectors={vectors}
          onChange={onChange}
          testId="concept-plane"
        />
      </div>
      <div className="intro-figure-side">
        <dl className="intro-readout" aria-live="polite">
          <div>
            <dt style={{ color: WORD_COLOR }}>word arrow</dt>
            <dd data-testid="word-readout">
              {point(word)}, {whereIs(word)}
            </dd>
          </div>
          <div>
            <dt style={{ color: TENSE_COLOR }}>+ past-tense arrow</dt>
            <dd>{point(tense)}</dd>
          </div>
          <div>
            <dt>= sum</dt>
            <dd data-testid="sum-readout">
              {point(sum)}, {whereIs(sum)}
            </dd>
          </div>
        </dl>
        <p className="muted intro-hint">
          Drag a round handle, or press Tab to focus one and move it with the arrow keys (Shift moves
          further).
        </p>
        <button
          type="button"
          onClick={() => {
            setWord(RUN);
            setTense(PAST_TENSE);
          }}
        >
          Reset to run + past tense
        </button>
      </div>
    </div>
  );
}
