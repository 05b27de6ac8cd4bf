import { ConceptSum } from './ConceptSum';
import { RoomInHighDimensions } from './RoomInHighDimensions';
import { WordArrows } from './WordArrows';
import './what-is-an-embedding.css';
import { WhatIsAnEmbeddingExercise } from './WhatIsAnEmbeddingExercise';

function ToyNotice() {
  return (
    <p className="notice notice-warn">
      <strong>Hand-made toy picture.</strong> We placed these arrows by hand to show the idea; they are not
      output from a model.
    </p>
  );
}

export function WhatIsAnEmbeddingPage() {
  return (
    <article className="lesson">
      <h1>What is an embedding?</h1>
      <p>
        An <em>embedding</em> is a list of numbers that stands for a piece of text. Read the numbers as
        coordinates and the text becomes a point in space, or an arrow from the origin to that point. An
        embedding model is trained so that texts with similar meanings get arrows that point in similar
        directions.
      </p>
      <p>
        The model in this course gives every text 384 numbers. Nobody can picture 384 dimensions, so this page
        starts with 2.
      </p>

      <section aria-labelledby="arrows-heading">
        <h2 id="arrows-heading">1. Words as arrows</h2>
        <ToyNotice />
        <p>
          Each word is an arrow. Similar words point in similar directions, so the angle between two arrows
          says how related they are: a small angle means close in meaning. Every arrow here has length 1, as
          the model’s embeddings do, so only the direction matters. Pick a word to rank the others by angle.
        </p>
        <WordArrows />
        <p className="muted">
          A real model’s axes have no names, and nobody chose its directions: they come out of training on
          lots of text.
        </p>
      </section>

      <section aria-labelledby="sum-heading">
        <h2 id="sum-heading">2. Meanings add up</h2>
        <ToyNotice />
        <p>
          A direction can stand for an idea. Here one arrow goes to “run” and another stands for “past tense”.
          To add two arrows, put the second one on the tip of the first (the faint dashed copy): the sum lands
          on “ran”. Move the handles and watch where the sum lands.
        </p>
        <ConceptSum />
        <p className="muted">
          Real embeddings are messier: “ran” is only roughly “run” plus a tense direction. But directions that
          carry ideas like this do show up in real models.
        </p>
      </section>

      <section aria-labelledby="room-heading">
        <h2 id="room-heading">3. Room in high dimensions</h2>
        <p>
          Why hundreds of numbers and not 2? Each extra dimension gives a lot more room. Here is one way to
          count it: give every coordinate the value +1 or −1. In N dimensions that makes 2<sup>N</sup> points,
          the corners of a cube. Two different corners differ in at least one coordinate, by 2, so no two
          corners are closer than 2, the length of the cube’s edge. Seen from the centre, every corner is a
          different direction.
        </p>
        <RoomInHighDimensions />
        <p>
          Neighbouring corners get closer in angle as N grows, but each corner has only N neighbours among its
          2<sup>N</sup> − 1 fellow corners. Most pairs differ in about half their coordinates, which makes
          them nearly perpendicular (90° apart). With hundreds of dimensions there is room for a huge number
          of directions that stay far apart, plenty to keep many different meanings separate.
        </p>
      </section>

      <p>
        Next: <a href="#/first-embedding">Your first embedding</a>, where the real model turns your own text
        into its 384 numbers.
      </p>
      <WhatIsAnEmbeddingExercise />
    </article>
  );
}
