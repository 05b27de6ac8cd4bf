import { useState, type CSSProperties } from 'react';
import { VectorPlane, type PlaneScales } from '../../charts/VectorPlane';
import { byAngleTo } from '../../math/vector2d';
import { RankedList } from '../../components/RankedList';
import { GROUP_COLORS, GROUP_NAMES, MEANING_WORDS, type ToyWord } from './toyWords';

const DOMAIN = { x: [-1.3, 1.3], y: [-1.3, 1.3] } as const;

const unitCircle = ({ x, y }: PlaneScales) => (
  <circle cx={x(0)} cy={y(0)} r={x(1) - x(0)} fill="none" stroke="#c9ced6" strokeDasharray="3 4" />
);

/** Figure (a): words as arrows in a hand-made 2-D "meaning" plane; pick one to rank the rest by angle. */
export function WordArrows() {
  const [selected, setSelected] = useState<ToyWord>(MEANING_WORDS[1]);
  const ranked = byAngleTo(selected, MEANING_WORDS);
  return (
    <div className="intro-figure">
      <div className="intro-figure-plot">
        <VectorPlane
          label={`Toy picture: ${MEANING_WORDS.length} words drawn as arrows of length 1 from the origin. Animals point up and to the right, vehicles up and to the left, fruit down and to the left. ${selected.word} is highlighted.`}
          domain={DOMAIN}
          underlay={unitCircle}
          vectors={MEANING_WORDS.map((w) => ({
            id: w.word,
            tip: w,
            color: GROUP_COLORS[w.group],
            label: w.word,
            faded: w !== selected,
            thickness: w === selected ? 3.5 : 2.5,
          }))}
          testId="meaning-plane"
        />
        <p className="intro-key">
          {(Object.keys(GROUP_COLORS) as (keyof typeof GROUP_COLORS)[]).map((group) => (
            <span key={group} style={{ color: GROUP_COLORS[group] }}>
              ■ {GROUP_NAMES[group]}
            </span>
          ))}
          <span>dashed circle: length 1</span>
        </p>
      </div>
      <div className="intro-figure-side">
        <div className="intro-chips" role="group" aria-label="Pick a word">
          {MEANING_WORDS.map((w) => (
            <button
              key={w.word}
              type="button"
              className="intro-chip"
              aria-pressed={w === selected}
              style={{ '--chip-color': GROUP_COLORS[w.group] } as CSSProperties}
              onClick={() => setSelected(w)}
            >
              {w.word}
            </button>
          ))}
        </div>
        <p className="intro-ranking-title" id="ranking-title">
          Directions closest to <strong>{selected.word}</strong>:
        </p>
        <RankedList
          items={ranked}
          keyOf={({ item }) => item.word}
          className="intro-ranking"
          aria-labelledby="ranking-title"
          data-testid="angle-ranking"
        >
          {({ item, degrees }) => (
            <>
              <span className="intro-word" style={{ color: GROUP_COLORS[item.group] }}>
                {item.word}
              </span>
              <span className="intro-degrees">{degrees.toFixed(0)}°</span>
            </>
          )}
        </RankedList>
      </div>
    </div>
  );
}
