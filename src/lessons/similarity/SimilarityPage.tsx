import { AnswerKey, PredictReveal } from '../../components/PredictReveal';
import { AngleWidget } from './AngleWidget';
import { SentenceSimilarity } from './SentenceSimilarity';
import './similarity.css';
import { SimilarityExercise } from './SimilarityExercise';

export function SimilarityPage() {
  return (
    <article className="lesson">
      <h1>Similarity</h1>
      <p>
        An embedding is a point in space, or an arrow from the origin to that point. Two texts are similar
        when their arrows point the same way. Before the model&apos;s 384 dimensions, try it with two: drag
        the tips of <strong>a</strong> and <strong>b</strong> (or focus a tip with Tab and use the arrow
        keys).
      </p>

      <section aria-labelledby="angle-heading">
        <h2 id="angle-heading">1. Angle, cosine, dot product, distance</h2>
        <AngleWidget />
        <p>
          Press <em>Set the example</em> and follow the working: [1, 2]·[3, 4] = 1×3 + 2×4 = 11. The lengths
          are √5 and 5, so the cosine is 11 / (√5 × 5), about 0.984: the arrows are only about 10° apart.
        </p>
        <ul className="similarity-facts">
          <li>
            <strong>Cosine</strong> only looks at the angle. The <strong>dot product</strong> also grows with
            length, so the two are the same number only when both vectors have length 1. Press{' '}
            <em>Scale both to length 1</em> to see it.
          </li>
          <li>
            <strong>Cosine distance</strong> is 1 − cosine: 0 for the same direction, 1 at a right angle, 2
            for opposite directions.
          </li>
          <li>
            <strong>Euclidean distance</strong> is the length of the dashed line from tip to tip.
          </li>
        </ul>
      </section>

      <section aria-labelledby="sentences-heading">
        <h2 id="sentences-heading">2. Your sentences, compared</h2>
        <p>
          Now the real thing. Each line below is embedded by the model into 384 numbers of length 1, and every
          pair is compared.
        </p>
        <PredictReveal
          id="metric"
          question="The model's vectors all have length 1. If you switch from cosine similarity to Euclidean distance, will the order of a sentence's nearest neighbours change?"
          choices={['Yes, the order changes', 'No, only the numbers change', 'It depends on the sentences']}
          correct={1}
        >
          <p>
            For length-1 vectors ‖a − b‖² = 2 − 2 cos θ, so the higher the cosine, the smaller the distance,
            every time. The numbers change; the order cannot. The dot product equals the cosine, and cosine
            distance is 1 − cosine, so <AnswerKey>all four give the same ranking</AnswerKey>. Check it below
            with the metric switch.
          </p>
        </PredictReveal>
        <SentenceSimilarity />
      </section>
      <SimilarityExercise />
    </article>
  );
}
