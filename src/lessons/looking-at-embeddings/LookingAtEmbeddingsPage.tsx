import { LightUpTogether } from './LightUpTogether';
import { OneVector } from './OneVector';
import { TwoVectors } from './TwoVectors';
import './looking-at-embeddings.css';
import { LookingAtEmbeddingsExercise } from './LookingAtEmbeddingsExercise';

export function LookingAtEmbeddingsPage() {
  return (
    <article className="lesson">
      <h1>Looking at embeddings</h1>
      <p>
        An embedding is a long list of numbers, too long to read one by one. This page draws it in a few ways.
        None of the pictures is the meaning itself; each shows the same numbers from a different side.
      </p>

      <OneVector />

      <section aria-labelledby="pair-heading">
        <h2 id="pair-heading">3. Two texts, overlaid</h2>
        <p>Put two texts on the same axes: blue bars for A, orange for B, dimension by dimension.</p>
        <TwoVectors />
      </section>

      <section aria-labelledby="together-heading">
        <h2 id="together-heading">4. What lights up together?</h2>
        <p>
          Do texts of one kind, say ten cities, share dimensions? One way to look: multiply the vectors of all
          n texts dimension by dimension, giving a product p, then take the n-th root and keep the sign:
          sign(p)·|p|
          <sup>1/n</sup>. The root brings the tiny product back to the size of a single number. A cell is
          strong only when <em>every</em> text is far from zero there; one text near zero pulls the whole cell
          to zero.
        </p>
        <p>
          The sign needs care: it is the sign of the product, so with an even number of texts, all negative
          gives positive (blue). Red means an odd number of them were negative. To know whether anything here
          is special, the same is done for a control set of unrelated words, on the same colour scale.
        </p>
        <LightUpTogether />
        <p>
          <strong>What this shows:</strong> the dimensions where every text of a set has a large value, and
          whether those are the same for the control set. <strong>What it does not show:</strong> that a
          dimension “means” city. A dimension that is large for almost any text would light up in both sets,
          so check the overlap count above before reading anything into a strong cell. Ten examples are few,
          and a model spreads meaning over many dimensions at once: a direction in the space, not one axis, is
          what carries an idea.
        </p>
      </section>
      <LookingAtEmbeddingsExercise />
    </article>
  );
}
